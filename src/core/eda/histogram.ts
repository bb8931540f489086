import type { Histogram } from './types';

/** At most this many bars in any histogram. */
export const MAX_BINS = 30;

/**
 * A histogram of an ascending array of finite values: one bar per value when there are at most
 * 30 distinct values (years, rooms, booleans), else at most 30 bins of a round width (1, 2, 2.5
 * or 5 × 10^k) from the minimum to the maximum.
 */
export function histogramOfSorted(sorted: Float64Array): Histogram {
  const values: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i]!;
    if (values.length > 0 && values[values.length - 1] === value) counts[counts.length - 1]!++;
    else if (values.length === MAX_BINS) return binnedHistogram(sorted);
    else {
      values.push(value);
      counts.push(1);
    }
  }
  return { kind: 'values', values, counts };
}

/** A histogram of the log10 of the positive values, and how many values were not positive. */
export interface LogHistogram {
  histogram: Histogram | null;
  nonPositive: number;
}

/**
 * {@link histogramOfSorted} of log10 of the positive values of an ascending array. The logs are
 * written over the positive values (log10 keeps their order), so `sorted` is spent afterwards:
 * no second array as long as the column.
 */
export function logHistogramOverSorted(sorted: Float64Array): LogHistogram {
  let firstPositive = 0;
  while (firstPositive < sorted.length && sorted[firstPositive]! <= 0) firstPositive++;
  const logs = sorted.subarray(firstPositive);
  for (let i = 0; i < logs.length; i++) logs[i] = Math.log10(logs[i]!);
  const histogram = logs.length > 0 ? histogramOfSorted(logs) : null;
  return { histogram, nonPositive: firstPositive };
}

function binnedHistogram(sorted: Float64Array): Histogram {
  const edges = roundBinEdges(sorted[0]!, sorted[sorted.length - 1]!);
  const counts = new Array<number>(edges.length - 1).fill(0);
  let bin = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (bin < counts.length - 1 && sorted[i]! >= edges[bin + 1]!) bin++;
    counts[bin]!++;
  }
  return { kind: 'bins', edges, counts };
}

/** Edges of at most {@link MAX_BINS} bins of a round width from `min` to `max`. */
function roundBinEdges(min: number, max: number): number[] {
  let step = niceStep((max - min) / MAX_BINS);
  let start = Math.floor(min / step) * step;
  while (Math.ceil((max - start) / step) > MAX_BINS) {
    step = niceStep(step * 1.01);
    start = Math.floor(min / step) * step;
  }
  const binCount = Math.max(1, Math.ceil((max - start) / step));
  return Array.from({ length: binCount + 1 }, (_, i) => roundEdge(start + i * step, step));
}

/**
 * {@link histogramOfSorted} of the ascending array that holds `values[k]` (distinct, ascending)
 * `counts[k]` times, without making that array.
 */
export function histogramOfCounts(values: Float64Array, counts: Int32Array): Histogram {
  if (values.length <= MAX_BINS) {
    return { kind: 'values', values: Array.from(values), counts: Array.from(counts) };
  }
  const edges = roundBinEdges(values[0]!, values[values.length - 1]!);
  const binCounts = new Array<number>(edges.length - 1).fill(0);
  let bin = 0;
  for (let k = 0; k < values.length; k++) {
    while (bin < binCounts.length - 1 && values[k]! >= edges[bin + 1]!) bin++;
    binCounts[bin]! += counts[k]!;
  }
  return { kind: 'bins', edges, counts: binCounts };
}

/** {@link logHistogramOverSorted} of the values held as distinct values and their counts. */
export function logHistogramOfCounts(values: Float64Array, counts: Int32Array): LogHistogram {
  let nonPositive = 0;
  let first = 0;
  for (; first < values.length && values[first]! <= 0; first++) nonPositive += counts[first]!;
  const logs: number[] = [];
  const logCounts: number[] = [];
  for (let k = first; k < values.length; k++) {
    const log = Math.log10(values[k]!);
    // Two doubles can share a log10: they make one value, as in a sorted array of the logs.
    if (logs.length > 0 && logs[logs.length - 1] === log)
      logCounts[logCounts.length - 1]! += counts[k]!;
    else {
      logs.push(log);
      logCounts.push(counts[k]!);
    }
  }
  const histogram =
    logs.length > 0 ? histogramOfCounts(Float64Array.from(logs), Int32Array.from(logCounts)) : null;
  return { histogram, nonPositive };
}

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 2.5, 5, 10]) if (factor * power >= raw) return factor * power;
  return 10 * power;
}

/** Removes floating-point noise from an edge (`0.30000000000000004` → `0.3`). */
function roundEdge(edge: number, width: number): number {
  const digits = Math.max(0, 2 - Math.floor(Math.log10(width)));
  return Number(edge.toFixed(Math.min(digits, 15)));
}
