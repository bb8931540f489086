import type { BinnedFeatures } from './binning';
import { MASK_WORDS } from './split-finder';
import type { GrownTree } from './grown-tree';

/** Feature kind codes in {@link TreeEnsemble.featureKinds}. */
export const NUMBER_FEATURE = 0;
export const CATEGORY_FEATURE = 1;

/**
 * A trained ensemble as flat typed arrays; it predicts from raw values and needs no bin edges.
 * A prediction is `baseScore` plus one leaf value per tree (learning rate already applied).
 * A child or root reference r ≥ 0 is internal node r; r < 0 is leaf ~r (that is, −r − 1).
 * Internal nodes of a tree come after their parent, and every node belongs to exactly one tree.
 */
export interface TreeEnsemble {
  featureCount: number;
  /** Per feature: {@link NUMBER_FEATURE} or {@link CATEGORY_FEATURE}. */
  featureKinds: Uint8Array;
  baseScore: number;
  /** Root reference of each tree. */
  treeRoots: Int32Array;
  /** Per internal node: the feature it tests. */
  splitFeature: Int32Array;
  /**
   * Per internal node. Numbers: a value ≤ threshold goes left (a real number, a bin's upper
   * edge). Categories: index of the node's first word in `categoryMasks`.
   */
  splitThreshold: Float64Array;
  /** Per internal node: 1 when missing numbers (or unseen categories) go left. */
  defaultLeft: Uint8Array;
  leftChild: Int32Array;
  rightChild: Int32Array;
  /** Per internal node: the split's gain (for importance and explanations). */
  splitGain: Float64Array;
  /** Per leaf: its value in model space. */
  leafValue: Float64Array;
  /** Category bitsets, {@link MASK_WORDS} 32-bit words per category node: bit c set sends code c left. */
  categoryMasks: Uint32Array;
}

/** Collects grown trees into a {@link TreeEnsemble}, turning bins into real thresholds. */
export class EnsembleBuilder {
  private readonly roots: number[] = [];
  private readonly feature: number[] = [];
  private readonly threshold: number[] = [];
  private readonly isDefaultLeft: number[] = [];
  private readonly left: number[] = [];
  private readonly right: number[] = [];
  private readonly gain: number[] = [];
  private readonly leaves: number[] = [];
  private readonly masks: number[] = [];
  /** Per tree: counts of internal nodes, leaves and mask words once it was added. */
  private readonly ends: [number, number, number][] = [];

  constructor(
    private readonly binned: BinnedFeatures,
    private readonly baseScore: number,
  ) {}

  /** Number of trees added. */
  get treeCount(): number {
    return this.roots.length;
  }

  /** Appends a copy of `tree`. */
  add(tree: GrownTree): void {
    const references = new Int32Array(tree.nodeCount);
    let internal = this.feature.length;
    let leaf = this.leaves.length;
    for (let node = 0; node < tree.nodeCount; node++) {
      references[node] = tree.feature[node]! >= 0 ? internal++ : ~leaf++;
    }
    for (let node = 0; node < tree.nodeCount; node++) {
      const f = tree.feature[node]!;
      if (f < 0) {
        this.leaves.push(tree.value[node]!);
        continue;
      }
      const binned = this.binned.features[f]!;
      if (binned.kind === 'number') {
        this.threshold.push(binned.upperEdges[tree.threshold[node]! - 1]!);
      } else {
        this.threshold.push(this.masks.length);
        const start = node * MASK_WORDS;
        for (let w = 0; w < MASK_WORDS; w++) this.masks.push(tree.masks[start + w]!);
      }
      this.feature.push(f);
      this.isDefaultLeft.push(tree.isDefaultLeft[node]!);
      this.left.push(references[tree.left[node]!]!);
      this.right.push(references[tree.right[node]!]!);
      this.gain.push(tree.gain[node]!);
    }
    this.roots.push(references[0]!);
    this.ends.push([this.feature.length, this.leaves.length, this.masks.length]);
  }

  /** The ensemble of the first `treeCount` trees added. */
  build(treeCount = this.treeCount): TreeEnsemble {
    const [internal, leaves, words] = treeCount > 0 ? this.ends[treeCount - 1]! : [0, 0, 0];
    return {
      featureCount: this.binned.featureCount,
      featureKinds: Uint8Array.from(this.binned.features, (feature) =>
        feature.kind === 'number' ? NUMBER_FEATURE : CATEGORY_FEATURE,
      ),
      baseScore: this.baseScore,
      treeRoots: Int32Array.from(this.roots.slice(0, treeCount)),
      splitFeature: Int32Array.from(this.feature.slice(0, internal)),
      splitThreshold: Float64Array.from(this.threshold.slice(0, internal)),
      defaultLeft: Uint8Array.from(this.isDefaultLeft.slice(0, internal)),
      leftChild: Int32Array.from(this.left.slice(0, internal)),
      rightChild: Int32Array.from(this.right.slice(0, internal)),
      splitGain: Float64Array.from(this.gain.slice(0, internal)),
      leafValue: Float64Array.from(this.leaves.slice(0, leaves)),
      categoryMasks: Uint32Array.from(this.masks.slice(0, words)),
    };
  }
}

/** Total split gain per feature over the whole ensemble (length featureCount). */
export function gainImportance(ensemble: TreeEnsemble): Float64Array {
  const importance = new Float64Array(ensemble.featureCount);
  ensemble.splitFeature.forEach((f, node) => {
    importance[f] = importance[f]! + ensemble.splitGain[node]!;
  });
  return importance;
}
