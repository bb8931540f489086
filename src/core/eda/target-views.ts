import type { CodedColumn } from '../data/ingest/table';
import { levelsByCount, MAX_TOP_LEVELS } from './level-counts';
import { countDistinctSorted, quantilesOf } from './numeric-summary';
import type { FeatureTargetView, TargetGroup } from './types';
import { quantileOfSorted } from '../statistics';

/** A numeric feature with at most this many distinct values gets one group per value. */
const MAX_VALUE_GROUPS = 12;
/** Otherwise its rows are cut at deciles into at most this many bins. */
const QUANTILE_BINS = 10;

/**
 * The target in bins of a numeric feature: one group per value when there are few, else bins
 * cut at the feature's deciles, each with the feature's range and the target's mean and quantiles.
 */
export function numericFeatureView(
  name: string,
  feature: Float64Array,
  bins: FeatureBins,
  target: Float64Array,
): FeatureTargetView {
  const { isByValue, edges } = bins;
  const groupOf = new Int32Array(feature.length).fill(-1);
  for (let i = 0; i < feature.length; i++) {
    const x = feature[i]!;
    if (Number.isFinite(x) && target[i] === target[i]) groupOf[i] = upperBin(edges, x, isByValue);
  }
  const groups = summariseGroups(groupOf, edges.length, target);
  const ranges = featureRanges(groupOf, edges.length, feature);
  const viewGroups: TargetGroup[] = [];
  groups.forEach((group, g) => {
    if (group === null) return;
    const { low, high } = ranges[g]!;
    const label = low === high ? compact(low) : `${compact(low)} – ${compact(high)}`;
    viewGroups.push({ ...group, label, low, high });
  });
  return { name, kind: isByValue ? 'levels' : 'binned', groups: viewGroups };
}

/** How a numeric feature's rows are grouped: by value, or from lower edges at its deciles. */
export interface FeatureBins {
  isByValue: boolean;
  edges: number[];
}

/** Groups for a numeric feature, from its ascending present values. */
export function featureBins(sorted: Float64Array): FeatureBins {
  const isByValue = countDistinctSorted(sorted) <= MAX_VALUE_GROUPS;
  return { isByValue, edges: isByValue ? distinctValues(sorted) : decileEdges(sorted) };
}

/** The target per level of a category (top levels, then `other`). */
export function categoryFeatureView(column: CodedColumn, target: Float64Array): FeatureTargetView {
  const counts = new Int32Array(column.levels.length);
  for (let i = 0; i < target.length; i++) {
    const code = column.codes[i]!;
    if (code >= 0 && target[i] === target[i]) counts[code]!++;
  }
  const order = levelsByCount(counts);
  const groupOfLevel = new Int32Array(column.levels.length).fill(MAX_TOP_LEVELS);
  order.slice(0, MAX_TOP_LEVELS).forEach((level, g) => (groupOfLevel[level] = g));
  const groupOf = new Int32Array(target.length).fill(-1);
  for (let i = 0; i < target.length; i++) {
    const code = column.codes[i]!;
    if (code >= 0 && target[i] === target[i]) groupOf[i] = groupOfLevel[code]!;
  }
  const groups = summariseGroups(groupOf, MAX_TOP_LEVELS + 1, target);
  const labels = order.slice(0, MAX_TOP_LEVELS).map((level) => column.levels[level]!);
  const viewGroups: TargetGroup[] = [];
  groups.forEach((group, g) => {
    if (group !== null) viewGroups.push({ ...group, label: labels[g] ?? 'other' });
  });
  return { name: column.name, kind: 'levels', groups: viewGroups };
}

/** Quantiles of a group come from at most this many of its rows, taken evenly in file order. */
export const MAX_GROUP_SAMPLE = 20_000;

/**
 * Count and mean of the target in each group over all its rows (null for an empty group);
 * quantiles over every k-th row of the group, so that at most {@link MAX_GROUP_SAMPLE} rows are
 * sorted per group (exact for smaller groups; within a fraction of a percentile otherwise).
 */
function summariseGroups(
  groupOf: Int32Array,
  groupCount: number,
  target: Float64Array,
): (Omit<TargetGroup, 'label'> | null)[] {
  const sizes = new Int32Array(groupCount);
  const sums = new Float64Array(groupCount);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i]!;
    if (g < 0) continue;
    sizes[g]!++;
    sums[g]! += target[i]!;
  }
  const strides = sizes.map((size) => Math.max(1, Math.ceil(size / MAX_GROUP_SAMPLE)));
  const samples = Array.from(sizes, (size, g) => new Float64Array(Math.ceil(size / strides[g]!)));
  const seen = new Int32Array(groupCount);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i]!;
    if (g < 0) continue;
    const member = seen[g]!++;
    if (member % strides[g]! === 0) samples[g]![member / strides[g]!] = target[i]!;
  }
  return samples.map((sample, g) => {
    if (sizes[g] === 0) return null;
    sample.sort();
    return { count: sizes[g]!, mean: sums[g]! / sizes[g]!, ...quantilesOf(sample) };
  });
}

function featureRanges(groupOf: Int32Array, groupCount: number, feature: Float64Array) {
  const ranges = Array.from({ length: groupCount }, () => ({ low: Infinity, high: -Infinity }));
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i]!;
    if (g < 0) continue;
    const range = ranges[g]!;
    if (feature[i]! < range.low) range.low = feature[i]!;
    if (feature[i]! > range.high) range.high = feature[i]!;
  }
  return ranges;
}

function distinctValues(sorted: Float64Array): number[] {
  const values: number[] = [];
  for (const value of sorted) if (values[values.length - 1] !== value) values.push(value);
  return values;
}

/** Lower edges of decile bins, without repeats (a value spanning deciles gets one bin). */
function decileEdges(sorted: Float64Array): number[] {
  const edges: number[] = [];
  for (let k = 0; k < QUANTILE_BINS; k++) {
    const edge = quantileOfSorted(sorted, k / QUANTILE_BINS);
    if (edges[edges.length - 1] !== edge) edges.push(edge);
  }
  return edges;
}

/** Index of the bin holding x: the last edge ≤ x (edges ascending, edges[0] ≤ every x). */
function upperBin(edges: readonly number[], x: number, isExact: boolean): number {
  let low = 0;
  let high = edges.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (edges[middle]! <= x) low = middle;
    else high = middle - 1;
  }
  return isExact && edges[low] !== x ? -1 : low;
}

function compact(value: number): string {
  return String(Number(value.toPrecision(4)));
}
