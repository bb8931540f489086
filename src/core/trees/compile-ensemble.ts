import { AppError } from '../../lib/errors';
import { CATEGORY_FEATURE, type TreeEnsemble } from './ensemble';
import { MASK_WORDS } from './split-finder';
import { isTableTree, layOutTree, TableBuilder } from './leaf-tables';
import { CODE_LIMIT, leftCodes } from './split-codes';

/** Most distinct finite thresholds on one numeric feature, so codes fit a byte. */
export const MAX_THRESHOLDS_PER_FEATURE = 254;
/**
 * An ensemble rearranged for fast batch prediction. Rows are first coded per feature into a
 * byte: numbers against the sorted thresholds the model uses (code 0 missing, code k ≥ 1 above
 * k − 1 of them), categories by their code. Each tree then needs no walk: its leaves are
 * numbered left to right, and for each feature it reads, a table gives per code the bitset of
 * leaves the row can still reach (a split the row does not go left at clears its left subtree).
 * ANDing the tables of the tree's features leaves the row's own leaf as the lowest set bit
 * (the QuickScorer idea). Trees with more than 32 × `MAX_TABLE_WORDS` leaves or
 * `MAX_TABLE_FEATURES` features are walked instead.
 */
export interface CompiledEnsemble {
  featureCount: number;
  baseScore: number;
  /**
   * Per feature: sorted distinct finite thresholds padded with +∞ to a power of two, or null
   * (categories).
   */
  cuts: (Float64Array | null)[];
  /** Per feature: how many codes it can take, the length of each of its tables. */
  codeLimit: Int32Array;
  /** Per tree: 32-bit words of its leaf bitset (1–8), or 0 when it is walked. */
  treeWords: Int32Array;
  /** Per tree: its first entry in `entryFeature` / `entryTable`; length trees + 1. */
  treeEntries: Int32Array;
  /** Per (tree, feature read): the feature, and where its word-0 table starts in `tables`. */
  entryFeature: Int32Array;
  entryTable: Int32Array;
  /**
   * Word w of an entry's table starts w × codeLimit[feature] after word 0. The first
   * {@link CODE_LIMIT} entries are all ones (a table that keeps every leaf, for padding).
   */
  tables: Int32Array;
  /** Per tree: where its leaf values (table trees) or its root (walked trees) start. */
  treeStart: Int32Array;
  /** Leaf values of table trees in left-to-right order. */
  leafValues: Float64Array;
  walk: WalkNodes;
}

/**
 * Nodes of walked trees, depth-first; every test is a bitset over codes (bit c sends code c
 * left). Leaves point to themselves, so a walk may run to the tree's depth without checks.
 */
export interface WalkNodes {
  depth: Int32Array;
  feature: Int32Array;
  /** {@link MASK_WORDS} words per node. */
  mask: Int32Array;
  /** Two per node: left, right. */
  child: Int32Array;
  value: Float64Array;
}

/** Compiles `ensemble` (checked by `validateEnsemble` or built by the learner). */
export function compileEnsemble(ensemble: TreeEnsemble): CompiledEnsemble {
  const cuts = collectCuts(ensemble);
  const codeLimit = Int32Array.from(cuts, (featureCuts) =>
    featureCuts ? Math.min(CODE_LIMIT, countFinite(featureCuts) + 2) : CODE_LIMIT,
  );
  const layouts = Array.from(ensemble.treeRoots, (root) => layOutTree(ensemble, root));
  const builder = new TableBuilder(ensemble, cuts, codeLimit, layouts);
  const walked: number[] = [];
  layouts.forEach((layout, t) => {
    if (isTableTree(layout)) builder.add(layout, t);
    else {
      builder.skip(t);
      walked.push(t);
    }
  });
  const walk = compileWalkNodes(ensemble, cuts, walked, builder.treeStart);
  return {
    featureCount: ensemble.featureCount,
    baseScore: ensemble.baseScore,
    cuts,
    codeLimit,
    ...builder.finish(),
    walk,
  };
}

function collectCuts(ensemble: TreeEnsemble): (Float64Array | null)[] {
  const sets = Array.from({ length: ensemble.featureCount }, () => new Set<number>());
  ensemble.splitFeature.forEach((f, node) => {
    const threshold = ensemble.splitThreshold[node]!;
    if (ensemble.featureKinds[f] !== CATEGORY_FEATURE && threshold !== Infinity)
      sets[f]!.add(threshold);
  });
  return sets.map((set, f) => {
    if (ensemble.featureKinds[f] === CATEGORY_FEATURE) return null;
    if (set.size > MAX_THRESHOLDS_PER_FEATURE) {
      throw new AppError(
        'MODEL_FORMAT',
        `Feature ${f} has ${set.size} thresholds (at most ${MAX_THRESHOLDS_PER_FEATURE}).`,
      );
    }
    let size = 1;
    while (size <= set.size) size *= 2;
    const padded = new Float64Array(size).fill(Infinity);
    padded.set(Float64Array.from(set).sort());
    return padded;
  });
}

function countFinite(cuts: Float64Array): number {
  let count = 0;
  while (count < cuts.length && cuts[count] !== Infinity) count++;
  return count;
}

/** Lays the walked trees out depth-first, numeric tests turned into bitsets over codes. */
function compileWalkNodes(
  ensemble: TreeEnsemble,
  cuts: (Float64Array | null)[],
  walked: number[],
  treeStart: Int32Array,
): WalkNodes {
  const nodes: number[] = [];
  const count = (reference: number): number =>
    reference < 0
      ? 1
      : 1 + count(ensemble.leftChild[reference]!) + count(ensemble.rightChild[reference]!);
  let total = 0;
  for (const t of walked) total += count(ensemble.treeRoots[t]!);
  const walk: WalkNodes = {
    depth: new Int32Array(ensemble.treeRoots.length),
    feature: new Int32Array(total),
    mask: new Int32Array(total * MASK_WORDS),
    child: new Int32Array(total * 2),
    value: new Float64Array(total),
  };
  const layOut = (reference: number, depth: number, t: number): number => {
    const node = nodes.push(reference) - 1;
    walk.depth[t] = Math.max(walk.depth[t]!, depth);
    if (reference < 0) {
      walk.value[node] = ensemble.leafValue[~reference]!;
      walk.child[2 * node] = node;
      walk.child[2 * node + 1] = node;
      return node;
    }
    walk.feature[node] = ensemble.splitFeature[reference]!;
    const isLeft = leftCodes(ensemble, cuts, reference);
    for (let code = 0; code < CODE_LIMIT; code++) {
      if (isLeft[code] !== 1) continue;
      const k = node * MASK_WORDS + (code >>> 5);
      walk.mask[k] = walk.mask[k]! | (1 << (code & 31));
    }
    walk.child[2 * node] = layOut(ensemble.leftChild[reference]!, depth + 1, t);
    walk.child[2 * node + 1] = layOut(ensemble.rightChild[reference]!, depth + 1, t);
    return node;
  };
  for (const t of walked) treeStart[t] = layOut(ensemble.treeRoots[t]!, 0, t);
  return walk;
}
