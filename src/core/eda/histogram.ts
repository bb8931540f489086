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

function binnedHistogram(sorted: Float64Array): Histogram {
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  let step = niceStep((max - min) / MAX_BINS);
  let start = Math.floor(min / step) * step;
  while (Math.ceil((max - start) / step) > MAX_BINS) {
    step = niceStep(step * 1.01);
    start = Math.floor(min / step) * step;
  }
  const binCount = Math.max(1, Math.ceil((max - start) / step));
  const edges = Array.from({ length: binCount + 1 }, (_, i) => roundEdge(start + i * step, step));
  const counts = new Array<number>(binCount).fill(0);
  let bin = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (bin < binCount - 1 && sorted[i]! >= edges[bin + 1]!) bin++;
    counts[bin]!++;
  }
  return { kind: 'bins', edges, counts };
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
