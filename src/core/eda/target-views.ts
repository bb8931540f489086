import type { CodedColumn } from '../data/ingest/table';
import type { FeatureBins } from './feature-bins';
import { GroupSampler } from './group-summary';
import { levelsByCount, MAX_TOP_LEVELS } from './level-counts';
import type { FeatureTargetView, TargetGroup } from './types';

export { MAX_GROUP_SAMPLE } from './group-summary';

/** The target's values, and whether every row has one (group sizes are then known upfront). */
export interface TargetValues {
  values: Float64Array;
  isComplete: boolean;
}

/** {@link TargetValues} of a target column. */
export function targetValues(values: Float64Array): TargetValues {
  let isComplete = true;
  for (let i = 0; i < values.length && isComplete; i++) isComplete = values[i] === values[i];
  return { values, isComplete };
}

/**
 * The target in bins of a numeric feature: one group per value when there are few, else bins
 * cut at the feature's deciles, each with the feature's range and the target's mean and quantiles.
 * One pass over the rows when the target is complete (bin sizes come from `bins`), else two.
 */
export function numericFeatureView(
  name: string,
  feature: Float64Array,
  bins: FeatureBins,
  target: TargetValues,
): FeatureTargetView {
  const { isByValue } = bins;
  const edges = Float64Array.from(bins.edges);
  const sizes = target.isComplete
    ? Int32Array.from(bins.sizes)
    : countBinRows(feature, { edges, isByValue }, target.values);
  const sampler = new GroupSampler(sizes);
  const ranges = sampleBins(feature, { edges, isByValue }, target.values, sampler);
  const viewGroups: TargetGroup[] = [];
  sampler.finish().forEach((group, g) => {
    if (group === null) return;
    const low = ranges[2 * g]!;
    const high = ranges[2 * g + 1]!;
    const label = low === high ? compact(low) : `${compact(low)} – ${compact(high)}`;
    viewGroups.push({ ...group, label, low, high });
  });
  return { name, kind: isByValue ? 'levels' : 'binned', groups: viewGroups };
}

/** Edges of a numeric feature's bins, and whether each bin is one value. */
interface BinEdges {
  edges: Float64Array;
  isByValue: boolean;
}

/** Rows per bin, counting rows whose feature and target are present and that have a bin. */
function countBinRows(feature: Float64Array, bins: BinEdges, target: Float64Array): Int32Array {
  const sizes = new Int32Array(bins.edges.length);
  for (let i = 0; i < feature.length; i++) {
    const x = feature[i]!;
    if (x - x !== 0 || target[i] !== target[i]) continue;
    const g = upperBin(bins.edges, x, bins.isByValue);
    if (g >= 0) sizes[g]!++;
  }
  return sizes;
}

/**
 * Adds each row with a present feature and target to its bin's sample; returns each bin's
 * feature range as (low, high) pairs.
 */
function sampleBins(
  feature: Float64Array,
  bins: BinEdges,
  target: Float64Array,
  sampler: GroupSampler,
): Float64Array {
  const ranges = new Float64Array(2 * bins.edges.length);
  for (let g = 0; g < bins.edges.length; g++) {
    ranges[2 * g] = Infinity;
    ranges[2 * g + 1] = -Infinity;
  }
  for (let i = 0; i < feature.length; i++) {
    const x = feature[i]!;
    const y = target[i]!;
    if (x - x !== 0 || y !== y) continue;
    const g = upperBin(bins.edges, x, bins.isByValue);
    if (g < 0) continue;
    sampler.add(g, y);
    if (x < ranges[2 * g]!) ranges[2 * g] = x;
    if (x > ranges[2 * g + 1]!) ranges[2 * g + 1] = x;
  }
  return ranges;
}

/**
 * The target per level of a category (top levels, then `other`). `levelCounts` (rows per level,
 * from the column's profile) spares a pass when the target is complete.
 */
export function categoryFeatureView(
  column: CodedColumn,
  target: TargetValues,
  levelCounts?: Int32Array,
): FeatureTargetView {
  const { codes } = column;
  const y = target.values;
  const counts = target.isComplete && levelCounts ? levelCounts : countPricedLevels(column, y);
  const order = levelsByCount(counts);
  const groupOfLevel = new Int32Array(column.levels.length).fill(MAX_TOP_LEVELS);
  order.slice(0, MAX_TOP_LEVELS).forEach((level, g) => (groupOfLevel[level] = g));
  const sizes = new Int32Array(MAX_TOP_LEVELS + 1);
  counts.forEach((count, level) => (sizes[groupOfLevel[level]!]! += count));
  const sampler = new GroupSampler(sizes);
  for (let i = 0; i < y.length; i++) {
    const code = codes[i]!;
    if (code >= 0 && y[i] === y[i]) sampler.add(groupOfLevel[code]!, y[i]!);
  }
  const labels = order.slice(0, MAX_TOP_LEVELS).map((level) => column.levels[level]!);
  const viewGroups: TargetGroup[] = [];
  sampler.finish().forEach((group, g) => {
    if (group !== null) viewGroups.push({ ...group, label: labels[g] ?? 'other' });
  });
  return { name: column.name, kind: 'levels', groups: viewGroups };
}

/** Rows per level where the target is present. */
function countPricedLevels(column: CodedColumn, target: Float64Array): Int32Array {
  const counts = new Int32Array(column.levels.length);
  for (let i = 0; i < target.length; i++) {
    const code = column.codes[i]!;
    if (code >= 0 && target[i] === target[i]) counts[code]!++;
  }
  return counts;
}

/**
 * Index of the bin holding x: the last edge ≤ x (edges ascending, edges[0] ≤ every x). Edges are
 * few (at most 12), so counting those ≤ x beats a binary search, whose branches mispredict.
 */
function upperBin(edges: Float64Array, x: number, isExact: boolean): number {
  let bin = -1;
  for (let k = 0; k < edges.length; k++) bin += +(edges[k]! <= x);
  return isExact && edges[bin] !== x ? -1 : bin;
}

function compact(value: number): string {
  return String(Number(value.toPrecision(4)));
}
