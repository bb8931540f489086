import type {
  CategoryCurrent,
  CategoryReference,
  NumericCurrent,
  NumericReference,
} from './profile-types';

/**
 * Reference and batch counts over shared keys, for the count tests and the charts. The first
 * `referenceKeys` keys come from the reference (levels, values or bins); the rest hold values
 * only the batch has.
 */
export interface KeyCounts {
  labels: string[];
  reference: number[];
  current: number[];
  referenceKeys: number;
  /** Bin bounds per key, for numeric bins only. */
  bounds?: { low: number; high: number }[];
}

/** One bar of a reference-vs-batch chart: shares of each side's present values, and counts. */
export interface DriftBar {
  label: string;
  reference: number;
  current: number;
  referenceCount: number;
  currentCount: number;
  /** Bin bounds for numeric bins; the outer bins also hold batch values beyond them. */
  low?: number;
  high?: number;
}

/** At most this many bars per chart. */
export const MAX_BARS = 50;

/** Keys for a numeric column with few distinct values: each reference value, then new values. */
export function valueKeys(reference: NumericReference, current: NumericCurrent): KeyCounts {
  const distinct = reference.distinct ?? { values: [], counts: [] };
  const labels = distinct.values.map(String);
  const referenceCounts = [...distinct.counts];
  const currentCounts = new Array<number>(labels.length).fill(0);
  const index = new Map(distinct.values.map((value, i) => [value, i]));
  const sorted = current.sorted;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i]!;
    let k = index.get(value);
    if (k === undefined) {
      k = labels.length;
      index.set(value, k);
      labels.push(String(value));
      referenceCounts.push(0);
      currentCounts.push(0);
    }
    currentCounts[k]!++;
  }
  return {
    labels,
    reference: referenceCounts,
    current: currentCounts,
    referenceKeys: distinct.values.length,
  };
}

/** Keys for a numeric column's quantile bins (the batch counted in the same bins). */
export function binKeys(reference: NumericReference, current: NumericCurrent): KeyCounts {
  const { edges, counts } = reference.bins;
  const bounds = counts.map((_, i) => ({ low: edges[i]!, high: edges[i + 1]! }));
  return {
    labels: bounds.map(({ low, high }) => `${low.toPrecision(4)} – ${high.toPrecision(4)}`),
    reference: [...counts],
    current: [...current.binCounts],
    referenceKeys: counts.length,
    bounds,
  };
}

/**
 * Keys for a category column: the reference's levels, its `other` (holding the batch's unlisted
 * levels) when it pooled any, else one key per level the reference never saw.
 */
export function levelKeys(reference: CategoryReference, current: CategoryCurrent): KeyCounts {
  const keys: KeyCounts = {
    labels: reference.levels.map((entry) => entry.level),
    reference: reference.levels.map((entry) => entry.count),
    current: [...current.counts],
    referenceKeys: reference.levels.length,
  };
  if (reference.otherLevels > 0) {
    keys.labels.push(`other (${reference.otherLevels} levels)`);
    keys.reference.push(reference.otherCount);
    keys.current.push(current.unlisted.reduce((sum, entry) => sum + entry.count, 0));
    keys.referenceKeys++;
    return keys;
  }
  for (const entry of current.unlisted) {
    keys.labels.push(entry.level);
    keys.reference.push(0);
    keys.current.push(entry.count);
  }
  return keys;
}

function sum(values: readonly number[], from = 0, to = values.length): number {
  let total = 0;
  for (let i = from; i < to; i++) total += values[i]!;
  return total;
}

/**
 * Chart bars from key counts, at most {@link MAX_BARS}: past that, the reference's rarest keys
 * are pooled into one bar and the batch-only keys into another.
 */
export function barsOf(keys: KeyCounts): DriftBar[] {
  const [referenceTotal, currentTotal] = [sum(keys.reference), sum(keys.current)];
  const bar = (label: string, referenceCount: number, currentCount: number): DriftBar => ({
    label,
    reference: referenceTotal > 0 ? referenceCount / referenceTotal : 0,
    current: currentTotal > 0 ? currentCount / currentTotal : 0,
    referenceCount,
    currentCount,
  });
  const n = keys.labels.length;
  if (n <= MAX_BARS) {
    return keys.labels.map((label, i) => ({
      ...bar(label, keys.reference[i]!, keys.current[i]!),
      ...keys.bounds?.[i],
    }));
  }
  const shown = Math.min(keys.referenceKeys, MAX_BARS - 2);
  const bars = keys.labels
    .slice(0, shown)
    .map((label, i) => bar(label, keys.reference[i]!, keys.current[i]!));
  if (shown < keys.referenceKeys) {
    const [from, to] = [shown, keys.referenceKeys];
    bars.push(
      bar(`other (${to - from})`, sum(keys.reference, from, to), sum(keys.current, from, to)),
    );
  }
  const extra = n - keys.referenceKeys;
  if (extra > 0)
    bars.push(bar(`not in training (${extra})`, 0, sum(keys.current, keys.referenceKeys)));
  return bars;
}
