import { MAX_CATEGORY_CODES, MISSING_CODE, OTHER_CODE, type BinnedFeature } from './binning';

/** Words of a category bitset: one bit per possible code. */
export const MASK_WORDS = MAX_CATEGORY_CODES / 32;

/** The best split found for a leaf. `feature` is −1 when no split is worth making. */
export interface SplitCandidate {
  /** Σg²/(Σh+l2) of both children minus the parent's: twice the squared-error reduction. */
  gain: number;
  feature: number;
  isCategory: boolean;
  /** Numbers: the last (local) bin that goes left. */
  threshold: number;
  /** Categories: bit c set when code c goes left (codes absent from the leaf follow the default side). */
  mask: Uint32Array;
  /** Numbers: missing values go left. Categories: "other" and unseen levels go left. */
  isDefaultLeft: boolean;
  leftGrad: number;
  leftHess: number;
  rightGrad: number;
  rightHess: number;
}

/** A candidate with no split, and its own mask buffer. */
export function emptySplit(): SplitCandidate {
  return {
    gain: 0,
    feature: -1,
    isCategory: false,
    threshold: 0,
    mask: new Uint32Array(MASK_WORDS),
    isDefaultLeft: false,
    leftGrad: 0,
    leftHess: 0,
    rightGrad: 0,
    rightHess: 0,
  };
}

/** What a split search needs besides the histogram. */
export interface SplitSearch {
  features: readonly BinnedFeature[];
  offsets: Int32Array;
  /** Features this tree may use. */
  allowed: Int32Array;
  l2: number;
  minLeafRows: number;
  minSplitGain: number;
}

/** Reusable scratch for the category ordering. */
const codeOrder = new Int32Array(MAX_CATEGORY_CODES);
const codeKeys = new Float64Array(MAX_CATEGORY_CODES);

/** One leaf's search state: its histogram and totals, and the best split so far. */
interface LeafScan {
  histogram: Float64Array;
  search: SplitSearch;
  sumGrad: number;
  sumHess: number;
  parentScore: number;
  best: SplitCandidate;
}

/**
 * Searches every allowed feature of a leaf whose totals are (sumGrad, sumHess) and writes the best
 * split into `best` (feature −1 when none beats `minSplitGain`). Numbers try each threshold with
 * missing values on either side; categories are ordered by Σgrad/(Σhess + l2) and cut along that order.
 */
export function findBestSplit(
  histogram: Float64Array,
  search: SplitSearch,
  totals: { sumGrad: number; sumHess: number },
  best: SplitCandidate,
): void {
  const { sumGrad, sumHess } = totals;
  best.feature = -1;
  best.gain = Math.max(search.minSplitGain, 0);
  if (sumHess < 2 * search.minLeafRows) return;
  const parentScore = (sumGrad * sumGrad) / (sumHess + search.l2);
  const scan: LeafScan = { histogram, search, sumGrad, sumHess, parentScore, best };
  for (let j = 0; j < search.allowed.length; j++) {
    const f = search.allowed[j]!;
    if (search.features[f]!.kind === 'number') scanNumber(scan, f);
    else scanCategory(scan, f);
  }
}

/** Gain of a split with left sums (grad, hess), or −∞ when a side has too few rows. */
function gainOf(scan: LeafScan, grad: number, hess: number): number {
  const { l2, minLeafRows } = scan.search;
  const rightHess = scan.sumHess - hess;
  if (hess < minLeafRows || rightHess < minLeafRows) return -Infinity;
  const rightGrad = scan.sumGrad - grad;
  return (
    (grad * grad) / (hess + l2) + (rightGrad * rightGrad) / (rightHess + l2) - scan.parentScore
  );
}

/** Records a better split's gain and child sums (left sums given; the right ones follow). */
function record(scan: LeafScan, gain: number, grad: number, hess: number): void {
  const best = scan.best;
  best.gain = gain;
  best.leftGrad = grad;
  best.leftHess = hess;
  best.rightGrad = scan.sumGrad - grad;
  best.rightHess = scan.sumHess - hess;
}

function scanNumber(scan: LeafScan, f: number): void {
  const { histogram, best } = scan;
  const offset = scan.search.offsets[f]!;
  const binCount = scan.search.features[f]!.binCount;
  const missingGrad = histogram[offset << 1]!;
  const missingHess = histogram[(offset << 1) + 1]!;
  let grad = 0;
  let hess = 0;
  for (let b = 1; b < binCount; b++) {
    const k = (offset + b) << 1;
    const binHess = histogram[k + 1]!;
    if (binHess === 0 && b > 1) continue;
    grad += histogram[k]!;
    hess += binHess;
    for (let side = 0; side < 2; side++) {
      const isMissingLeft = side === 1;
      if (isMissingLeft && missingHess === 0) break;
      const leftGrad = isMissingLeft ? grad + missingGrad : grad;
      const leftHess = isMissingLeft ? hess + missingHess : hess;
      const gain = gainOf(scan, leftGrad, leftHess);
      if (gain > best.gain) {
        record(scan, gain, leftGrad, leftHess);
        best.feature = f;
        best.isCategory = false;
        best.threshold = b;
        best.isDefaultLeft = missingHess > 0 ? isMissingLeft : leftHess >= best.rightHess;
      }
    }
  }
}

function scanCategory(scan: LeafScan, f: number): void {
  const { histogram, best } = scan;
  const offset = scan.search.offsets[f]!;
  const binCount = scan.search.features[f]!.binCount;
  let present = 0;
  for (let code = 0; code < binCount; code++) {
    const k = (offset + code) << 1;
    if (histogram[k + 1]! > 0) {
      codeOrder[present++] = code;
      codeKeys[code] = histogram[k]! / (histogram[k + 1]! + scan.search.l2);
    }
  }
  if (present < 2) return;
  const order = sortByKey(codeOrder.subarray(0, present), codeKeys);
  let grad = 0;
  let hess = 0;
  let cut = -1;
  for (let i = 0; i < present - 1; i++) {
    const k = (offset + order[i]!) << 1;
    grad += histogram[k]!;
    hess += histogram[k + 1]!;
    const gain = gainOf(scan, grad, hess);
    if (gain > best.gain) {
      record(scan, gain, grad, hess);
      cut = i;
    }
  }
  if (cut >= 0) writeCategorySplit(scan, f, order.subarray(0, cut + 1));
}

/**
 * Fills the mask of a category split whose left side is `leftCodes`. Codes without rows in the
 * leaf (including levels never seen in training) go where missing values went, else where
 * "other" went, else to the side with more rows.
 */
function writeCategorySplit(scan: LeafScan, f: number, leftCodes: Int32Array): void {
  const { best, histogram } = scan;
  const offset = scan.search.offsets[f]!;
  const binCount = scan.search.features[f]!.binCount;
  const mask = best.mask;
  mask.fill(0);
  for (const code of leftCodes) setBit(mask, code);
  const hessOf = (code: number): number => histogram[((offset + code) << 1) + 1]!;
  const isDefaultLeft =
    hessOf(MISSING_CODE) > 0
      ? hasBit(mask, MISSING_CODE)
      : hessOf(OTHER_CODE) > 0
        ? hasBit(mask, OTHER_CODE)
        : best.leftHess >= best.rightHess;
  if (isDefaultLeft) {
    for (let code = 0; code < MAX_CATEGORY_CODES; code++) {
      if (code >= binCount || hessOf(code) === 0) setBit(mask, code);
    }
  }
  best.feature = f;
  best.isCategory = true;
  best.threshold = 0;
  best.isDefaultLeft = isDefaultLeft;
}

/** Insertion sort of codes by `keys[code]` (ties keep code order): the lists are short. */
function sortByKey(codes: Int32Array, keys: Float64Array): Int32Array {
  for (let i = 1; i < codes.length; i++) {
    const code = codes[i]!;
    const key = keys[code]!;
    let j = i - 1;
    while (j >= 0 && keys[codes[j]!]! > key) {
      codes[j + 1] = codes[j]!;
      j--;
    }
    codes[j + 1] = code;
  }
  return codes;
}

/** Sets bit `code` of a category mask. */
export function setBit(mask: Uint32Array, code: number): void {
  mask[code >>> 5] = mask[code >>> 5]! | (1 << (code & 31));
}

/** True when bit `code` of the mask is set. */
export function hasBit(mask: Uint32Array, code: number): boolean {
  return ((mask[code >>> 5]! >>> (code & 31)) & 1) === 1;
}
