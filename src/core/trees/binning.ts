import { AppError } from '../../lib/errors';
import { MAX_BINS } from './params';

/** Category code of a missing (null) value. */
export const MISSING_CODE = 0;
/** Category code shared by rare levels and levels first seen at prediction time. */
export const OTHER_CODE = 1;
/** Largest number of category codes (missing, other and up to 254 levels), so a code fits a byte. */
export const MAX_CATEGORY_CODES = 256;

/**
 * One input column of the learner, `rowCount` long. Numbers use NaN for missing. Categories are
 * codes: {@link MISSING_CODE}, {@link OTHER_CODE}, then 2… for levels; `codeCount` is one past
 * the largest code (at most {@link MAX_CATEGORY_CODES}).
 */
export type FeatureColumn =
  | { kind: 'number'; values: Float64Array }
  | { kind: 'category'; codes: Uint8Array; codeCount: number };

/** How one feature was binned. Bin 0 holds missing values; `binCount` counts it. */
export type BinnedFeature =
  | {
      kind: 'number';
      binCount: number;
      /** Bin b ≥ 1 holds values v with upperEdges[b − 2] < v ≤ upperEdges[b − 1]; the last is +∞. */
      upperEdges: Float64Array;
    }
  | { kind: 'category'; binCount: number };

/** Features turned into small integer bins, the form the tree learner reads. */
export interface BinnedFeatures {
  rowCount: number;
  featureCount: number;
  /**
   * Shape [rowCount, featureCount], row-major. Entry (r, f) is `offsets[f]` plus the bin of row r
   * in feature f, so one histogram array holds every feature.
   */
  bins: Uint16Array;
  /** Start of each feature in a histogram; length featureCount + 1 (the last is the total). */
  offsets: Int32Array;
  features: BinnedFeature[];
}

/** Most histogram entries over all features, so a global bin fits a Uint16. */
const MAX_TOTAL_BINS = 65535;

/**
 * Bins every column: numbers into at most `maxBins` quantile bins whose edges come from
 * `fitRows` only (so validation and test rows never shape them), categories by their code.
 */
export function binFeatures(
  columns: readonly FeatureColumn[],
  fitRows: Int32Array,
  maxBins: number,
): BinnedFeatures {
  const featureCount = columns.length;
  const rowCount = columnLength(columns[0]);
  const binsPerNumber = Math.max(
    1,
    Math.min(maxBins, MAX_BINS, Math.floor(MAX_TOTAL_BINS / (featureCount || 1)) - 1),
  );
  const features = columns.map((column): BinnedFeature => {
    if (columnLength(column) !== rowCount) {
      throw new AppError('TRAINING_FAILED', 'Feature columns differ in length.');
    }
    if (column.kind === 'category') return { kind: 'category', binCount: checkedCodeCount(column) };
    const upperEdges = fitUpperEdges(column.values, fitRows, binsPerNumber);
    return { kind: 'number', binCount: upperEdges.length + 1, upperEdges };
  });
  const offsets = new Int32Array(featureCount + 1);
  features.forEach((feature, f) => (offsets[f + 1] = offsets[f]! + feature.binCount));
  if (offsets[featureCount]! > MAX_TOTAL_BINS) {
    throw new AppError('TRAINING_FAILED', `Too many categories: ${offsets[featureCount]} bins.`);
  }
  const binned = {
    rowCount,
    featureCount,
    bins: new Uint16Array(rowCount * featureCount),
    offsets,
    features,
  };
  columns.forEach((column, f) => fillBins(binned, column, f));
  return binned;
}

function checkedCodeCount({ codeCount }: { codeCount: number }): number {
  if (!(Number.isInteger(codeCount) && codeCount >= 2 && codeCount <= MAX_CATEGORY_CODES)) {
    throw new AppError('TRAINING_FAILED', `Category code count ${codeCount} is out of range.`);
  }
  return codeCount;
}

/** Rows of a feature column (0 for none). */
export function columnLength(column: FeatureColumn | undefined): number {
  if (!column) return 0;
  return column.kind === 'number' ? column.values.length : column.codes.length;
}

/** Writes column `f` of `binned.bins` (global bins). */
function fillBins(binned: BinnedFeatures, column: FeatureColumn, f: number): void {
  const { bins, featureCount: stride } = binned;
  const offset = binned.offsets[f]!;
  const feature = binned.features[f]!;
  if (column.kind === 'category' || feature.kind === 'category') {
    const { codes, codeCount } = column as { codes: Uint8Array; codeCount: number };
    for (let r = 0; r < codes.length; r++) {
      const code = codes[r]!;
      bins[r * stride + f] = offset + (code < codeCount ? code : OTHER_CODE);
    }
    return;
  }
  const { upperEdges } = feature;
  const values = column.values;
  for (let r = 0; r < values.length; r++) {
    bins[r * stride + f] = offset + numberBin(upperEdges, values[r]!);
  }
}

/** Bin of `value` given ascending upper edges (last +∞): 0 for NaN, else 1 + first edge ≥ value. */
export function numberBin(upperEdges: Float64Array, value: number): number {
  if (Number.isNaN(value)) return 0;
  let low = 0;
  let high = upperEdges.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (value <= upperEdges[middle]!) high = middle;
    else low = middle + 1;
  }
  return low + 1;
}

/**
 * Upper bin edges from the finite values of `rows`: every distinct value gets its own bin when
 * there are at most `maxBins`; otherwise bins hold about equal row counts, and a value that is
 * as frequent as a whole bin starts a new one. Edges sit halfway between neighbouring values.
 */
export function fitUpperEdges(
  values: Float64Array,
  rows: Int32Array,
  maxBins: number,
): Float64Array {
  const { distinct, counts } = distinctFinite(values, rows);
  const edges: number[] = [];
  let rowsLeft = counts.reduce((sum, count) => sum + count, 0);
  let accumulated = 0;
  for (let i = 0; i < distinct.length - 1; i++) {
    const binsLeft = maxBins - edges.length;
    if (binsLeft <= 1) break;
    let target = rowsLeft / binsLeft;
    if (accumulated > 0 && counts[i]! >= target) {
      edges.push(midpoint(distinct[i - 1]!, distinct[i]!));
      rowsLeft -= accumulated;
      accumulated = 0;
      if (maxBins - edges.length <= 1) break;
      target = rowsLeft / (maxBins - edges.length);
    }
    accumulated += counts[i]!;
    const remainingDistinct = distinct.length - 1 - i;
    if (accumulated >= target || remainingDistinct <= maxBins - edges.length - 1) {
      edges.push(midpoint(distinct[i]!, distinct[i + 1]!));
      rowsLeft -= accumulated;
      accumulated = 0;
    }
  }
  edges.push(Infinity);
  return Float64Array.from(edges);
}

/** Distinct finite values of `rows`, ascending, with how many rows hold each. */
function distinctFinite(
  values: Float64Array,
  rows: Int32Array,
): { distinct: number[]; counts: number[] } {
  const sorted = new Float64Array(rows.length);
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const value = values[rows[i]!]!;
    if (Number.isFinite(value)) sorted[n++] = value;
  }
  const finite = sorted.subarray(0, n).sort();
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && finite[i] === finite[i - 1]) counts[counts.length - 1]!++;
    else {
      distinct.push(finite[i]!);
      counts.push(1);
    }
  }
  return { distinct, counts };
}

/** A point in [low, high) that keeps `low` on the left: halfway, unless rounding reaches `high`. */
function midpoint(low: number, high: number): number {
  const middle = low + (high - low) / 2;
  return middle < high && Number.isFinite(middle) ? middle : low;
}
