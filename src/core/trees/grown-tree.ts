import type { BinnedFeatures } from './binning';
import { MASK_WORDS } from './split-finder';

/**
 * One tree as grown, over bins. Node 0 is the root; children are always created after their
 * parent. `feature` is −1 for a leaf. Arrays are reused by the next tree: copy what you keep.
 */
export interface GrownTree {
  nodeCount: number;
  feature: Int32Array;
  /** Numbers: last local bin going left. */
  threshold: Int32Array;
  /**
   * Numbers, as global bins: a row goes left when (bin − low) as unsigned is below span, that is
   * local bin 1…threshold, or 0…threshold when missing values go left.
   */
  low: Int32Array;
  span: Int32Array;
  isCategory: Uint8Array;
  /** Category masks, {@link MASK_WORDS} words per node. */
  masks: Uint32Array;
  isDefaultLeft: Uint8Array;
  left: Int32Array;
  right: Int32Array;
  /** Leaf values (learning rate applied); split gains for internal nodes. */
  value: Float64Array;
  gain: Float64Array;
  /** Leaves: node, and the range of `order` holding its sampled rows. */
  leafCount: number;
  leafNode: Int32Array;
  leafBegin: Int32Array;
  leafEnd: Int32Array;
  order: Int32Array;
}

/** Buffers for a tree of at most `leaves` leaves grown on at most `maxRows` rows. */
export function allocateTree(leaves: number, maxRows: number): GrownTree {
  const maxNodes = 2 * leaves - 1;
  return {
    nodeCount: 0,
    feature: new Int32Array(maxNodes),
    threshold: new Int32Array(maxNodes),
    low: new Int32Array(maxNodes),
    span: new Int32Array(maxNodes),
    isCategory: new Uint8Array(maxNodes),
    masks: new Uint32Array(maxNodes * MASK_WORDS),
    isDefaultLeft: new Uint8Array(maxNodes),
    left: new Int32Array(maxNodes),
    right: new Int32Array(maxNodes),
    value: new Float64Array(maxNodes),
    gain: new Float64Array(maxNodes),
    leafCount: 0,
    leafNode: new Int32Array(leaves),
    leafBegin: new Int32Array(leaves),
    leafEnd: new Int32Array(leaves),
    order: new Int32Array(maxRows),
  };
}

/** The leaf node that binned row `row` reaches. */
export function leafOfRow(tree: GrownTree, binned: BinnedFeatures, row: number): number {
  const { feature, isCategory, masks, low, span, left, right } = tree;
  const base = row * binned.featureCount;
  let node = 0;
  while (feature[node]! >= 0) {
    const bin = binned.bins[base + feature[node]!]!;
    let isLeft: boolean;
    if (isCategory[node] === 1) {
      const code = bin - binned.offsets[feature[node]!]!;
      isLeft = ((masks[node * MASK_WORDS + (code >>> 5)]! >>> code) & 1) === 1;
    } else {
      isLeft = (bin - low[node]!) >>> 0 < span[node]!;
    }
    node = isLeft ? left[node]! : right[node]!;
  }
  return node;
}
