import { quantileOfSorted } from '../statistics';
import { countDistinctSorted, quantileOfCounts, type CountedValues } from './numeric-summary';

/** A numeric feature with at most this many distinct values gets one group per value. */
const MAX_VALUE_GROUPS = 12;
/** Otherwise its rows are cut at deciles into at most this many bins. */
const QUANTILE_BINS = 10;

/**
 * How a numeric feature's rows are grouped in a target view: by value, or from lower edges at
 * its deciles; and how many of its present values fall in each group.
 */
export interface FeatureBins {
  isByValue: boolean;
  edges: number[];
  sizes: number[];
}

/** Groups for a numeric feature, from its ascending present values. */
export function featureBins(sorted: Float64Array): FeatureBins {
  const isByValue = countDistinctSorted(sorted) <= MAX_VALUE_GROUPS;
  const edges = isByValue
    ? distinctValues(sorted)
    : decileEdges((q) => quantileOfSorted(sorted, q));
  const starts = edges.map((edge) => lowerBound(sorted, edge));
  const sizes = starts.map((start, g) => (starts[g + 1] ?? sorted.length) - start);
  return { isByValue, edges, sizes };
}

/** {@link featureBins} of the ascending array that `counted` stands for. */
export function featureBinsOfCounts(counted: CountedValues): FeatureBins {
  const { values, counts, ends } = counted;
  if (values.length <= MAX_VALUE_GROUPS) {
    return { isByValue: true, edges: Array.from(values), sizes: Array.from(counts) };
  }
  const edges = decileEdges((q) => quantileOfCounts(counted, q));
  // Values before the first one ≥ an edge: the running count just before that value.
  const starts = edges.map((edge) => {
    const k = lowerBound(values, edge);
    return k === 0 ? 0 : ends[k - 1]!;
  });
  const sizes = starts.map((start, g) => (starts[g + 1] ?? counted.finite) - start);
  return { isByValue: false, edges, sizes };
}

function distinctValues(sorted: Float64Array): number[] {
  const values: number[] = [];
  for (const value of sorted) if (values[values.length - 1] !== value) values.push(value);
  return values;
}

/** Lower edges of decile bins, without repeats (a value spanning deciles gets one bin). */
function decileEdges(quantile: (q: number) => number): number[] {
  const edges: number[] = [];
  for (let k = 0; k < QUANTILE_BINS; k++) {
    const edge = quantile(k / QUANTILE_BINS);
    if (edges[edges.length - 1] !== edge) edges.push(edge);
  }
  return edges;
}

/** First index of an ascending array whose value is ≥ `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
