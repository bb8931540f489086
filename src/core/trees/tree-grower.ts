import type { BinnedFeatures } from './binning';
import { buildHistogram, subtractHistogram } from './histogram';
import type { TreeParams } from './params';
import { allocateTree, type GrownTree } from './grown-tree';
import {
  emptySplit,
  findBestSplit,
  MASK_WORDS,
  type SplitCandidate,
  type SplitSearch,
} from './split-finder';

/** A leaf's rows (`order[begin..end)`), depth and gradient sums. */
interface LeafState {
  begin: number;
  end: number;
  depth: number;
  grad: number;
  hess: number;
}

/** Grows trees leaf-wise (best gain first) on one set of binned features, reusing its buffers. */
export class TreeGrower {
  private readonly tree: GrownTree;
  private readonly scratch: Int32Array;
  private readonly leafDepth: Int32Array;
  private readonly leafGrad: Float64Array;
  private readonly leafHess: Float64Array;
  private readonly leafHistogram: (Float64Array | null)[];
  private readonly leafSplit: SplitCandidate[];
  private readonly freeHistograms: Float64Array[] = [];
  private readonly histogramLength: number;
  private search: SplitSearch;
  private grad: Float64Array = new Float64Array(0);

  constructor(
    private readonly binned: BinnedFeatures,
    private readonly params: TreeParams,
    maxRows: number,
  ) {
    const leaves = params.maxLeaves;
    this.tree = allocateTree(leaves, maxRows);
    this.scratch = new Int32Array(maxRows);
    this.leafDepth = new Int32Array(leaves);
    this.leafGrad = new Float64Array(leaves);
    this.leafHess = new Float64Array(leaves);
    this.leafHistogram = new Array<Float64Array | null>(leaves).fill(null);
    this.leafSplit = Array.from({ length: leaves }, emptySplit);
    this.histogramLength = 2 * binned.offsets[binned.featureCount]!;
    this.search = {
      features: binned.features,
      offsets: binned.offsets,
      allowed: new Int32Array(0),
      l2: params.l2,
      minLeafRows: params.minLeafRows,
      minSplitGain: params.minSplitGain,
    };
  }

  /** Grows one tree on `rows` (training rows of this round) with gradients `grad` (by row). */
  grow(rows: Int32Array, grad: Float64Array, allowed: Int32Array): GrownTree {
    const tree = this.tree;
    this.grad = grad;
    this.search = { ...this.search, allowed };
    tree.order.set(rows);
    let sumGrad = 0;
    for (let i = 0; i < rows.length; i++) sumGrad += grad[rows[i]!]!;
    tree.nodeCount = 1;
    tree.leafCount = 1;
    this.setLeaf(0, 0, { begin: 0, end: rows.length, depth: 0, grad: sumGrad, hess: rows.length });
    if (this.isSplittable(0)) {
      const histogram = this.takeHistogram();
      this.build(histogram, 0);
      this.leafHistogram[0] = histogram;
      this.evaluate(0);
    }
    while (tree.leafCount < this.params.maxLeaves) {
      const slot = this.bestLeaf();
      if (slot < 0) break;
      this.split(slot);
    }
    for (let slot = 0; slot < tree.leafCount; slot++) {
      this.releaseHistogram(slot);
      const value = -this.leafGrad[slot]! / (this.leafHess[slot]! + this.params.l2);
      tree.value[tree.leafNode[slot]!] = value * this.params.learningRate;
    }
    return tree;
  }

  private setLeaf(slot: number, node: number, leaf: LeafState): void {
    const tree = this.tree;
    tree.leafNode[slot] = node;
    tree.leafBegin[slot] = leaf.begin;
    tree.leafEnd[slot] = leaf.end;
    tree.feature[node] = -1;
    this.leafDepth[slot] = leaf.depth;
    this.leafGrad[slot] = leaf.grad;
    this.leafHess[slot] = leaf.hess;
    this.leafSplit[slot]!.feature = -1;
  }

  private isSplittable(slot: number): boolean {
    const { maxDepth, minLeafRows } = this.params;
    if (maxDepth > 0 && this.leafDepth[slot]! >= maxDepth) return false;
    return this.leafHess[slot]! >= 2 * minLeafRows;
  }

  private evaluate(slot: number): void {
    const totals = { sumGrad: this.leafGrad[slot]!, sumHess: this.leafHess[slot]! };
    findBestSplit(this.leafHistogram[slot]!, this.search, totals, this.leafSplit[slot]!);
  }

  private bestLeaf(): number {
    let best = -1;
    let bestGain = -Infinity;
    for (let slot = 0; slot < this.tree.leafCount; slot++) {
      const split = this.leafSplit[slot]!;
      if (split.feature >= 0 && split.gain > bestGain) {
        best = slot;
        bestGain = split.gain;
      }
    }
    return best;
  }

  /** Splits leaf `slot`: it keeps the left child and a new slot takes the right one. */
  private split(slot: number): void {
    const tree = this.tree;
    const split = this.leafSplit[slot]!;
    const node = tree.leafNode[slot]!;
    const begin = tree.leafBegin[slot]!;
    const end = tree.leafEnd[slot]!;
    const depth = this.leafDepth[slot]! + 1;
    const leftNode = tree.nodeCount;
    tree.nodeCount += 2;
    this.writeSplitNode(node, split, leftNode);
    const middle = this.partition(node, begin, end);
    const other = tree.leafCount++;
    const { leftGrad, leftHess, rightGrad, rightHess } = split;
    this.setLeaf(slot, leftNode, { begin, end: middle, depth, grad: leftGrad, hess: leftHess });
    this.setLeaf(other, leftNode + 1, {
      begin: middle,
      end,
      depth,
      grad: rightGrad,
      hess: rightHess,
    });
    this.prepareChildren(slot, other, middle - begin <= end - middle);
  }

  /**
   * Gives the children that may still split a histogram and a best split: the smaller child's
   * histogram is built from its rows, the larger's is the parent's minus the smaller's.
   */
  private prepareChildren(left: number, right: number, isLeftSmaller: boolean): void {
    const parentHistogram = this.leafHistogram[left]!;
    this.leafHistogram[left] = null;
    const isLast = this.tree.leafCount >= this.params.maxLeaves;
    const [small, large] = isLeftSmaller ? [left, right] : [right, left];
    const canSmall = !isLast && this.isSplittable(small);
    const canLarge = !isLast && this.isSplittable(large);
    if (canLarge) {
      const smallHistogram = this.takeHistogram();
      this.build(smallHistogram, small);
      subtractHistogram(parentHistogram, smallHistogram, this.binned.offsets, this.search.allowed);
      this.leafHistogram[large] = parentHistogram;
      this.leafHistogram[small] = smallHistogram;
      this.evaluate(large);
      if (canSmall) this.evaluate(small);
      else this.releaseHistogram(small);
    } else if (canSmall) {
      this.build(parentHistogram, small);
      this.leafHistogram[small] = parentHistogram;
      this.evaluate(small);
    } else {
      this.freeHistograms.push(parentHistogram);
    }
  }

  /** Turns leaf `node` into a split whose children are `leftNode` and `leftNode + 1`. */
  private writeSplitNode(node: number, split: SplitCandidate, leftNode: number): void {
    const tree = this.tree;
    tree.feature[node] = split.feature;
    tree.threshold[node] = split.threshold;
    tree.isCategory[node] = split.isCategory ? 1 : 0;
    if (split.isCategory) tree.masks.set(split.mask, node * MASK_WORDS);
    tree.isDefaultLeft[node] = split.isDefaultLeft ? 1 : 0;
    const offset = this.binned.offsets[split.feature]!;
    tree.low[node] = offset + (split.isDefaultLeft ? 0 : 1);
    tree.span[node] = offset + split.threshold + 1 - tree.low[node]!;
    tree.left[node] = leftNode;
    tree.right[node] = leftNode + 1;
    tree.gain[node] = split.gain;
    tree.value[node] = 0;
  }

  /** Stable partition of `order[begin..end)` by the split of `node`; returns where the right side starts. */
  private partition(node: number, begin: number, end: number): number {
    const { order, masks } = this.tree;
    const { bins, featureCount } = this.binned;
    const scratch = this.scratch;
    const f = this.tree.feature[node]!;
    let left = begin;
    let right = 0;
    if (this.tree.isCategory[node] === 1) {
      const offset = this.binned.offsets[f]!;
      const maskStart = node * MASK_WORDS;
      for (let i = begin; i < end; i++) {
        const row = order[i]!;
        const code = bins[row * featureCount + f]! - offset;
        const isLeft = (masks[maskStart + (code >>> 5)]! >>> code) & 1;
        order[left] = row;
        scratch[right] = row;
        left += isLeft;
        right += isLeft ^ 1;
      }
    } else {
      const low = this.tree.low[node]!;
      const span = this.tree.span[node]!;
      for (let i = begin; i < end; i++) {
        const row = order[i]!;
        const isLeft = (bins[row * featureCount + f]! - low) >>> 0 < span ? 1 : 0;
        order[left] = row;
        scratch[right] = row;
        left += isLeft;
        right += isLeft ^ 1;
      }
    }
    order.set(scratch.subarray(0, right), left);
    return left;
  }

  /** Fills `histogram` from the rows of leaf `slot`. */
  private build(histogram: Float64Array, slot: number): void {
    const tree = this.tree;
    const rows = { order: tree.order, begin: tree.leafBegin[slot]!, end: tree.leafEnd[slot]! };
    buildHistogram(histogram, this.binned, rows, {
      grad: this.grad,
      features: this.search.allowed,
    });
  }

  private takeHistogram(): Float64Array {
    return this.freeHistograms.pop() ?? new Float64Array(this.histogramLength);
  }

  private releaseHistogram(slot: number): void {
    const histogram = this.leafHistogram[slot];
    if (histogram) this.freeHistograms.push(histogram);
    this.leafHistogram[slot] = null;
  }
}
