import type { TreeEnsemble } from './ensemble';
import { CODE_LIMIT, leftCodes } from './split-codes';

/** Trees with more leaves than 32 × this are walked node by node instead of through tables. */
export const MAX_TABLE_WORDS = 8;
/**
 * Trees reading more features than this are walked too: each feature costs a table lookup per
 * row and a table per tree, while a walk costs a few lookups per level.
 */
export const MAX_TABLE_FEATURES = 10;
/** One tree's leaves in left-to-right order and each split's left-subtree leaf range. */
export interface TreeLayout {
  root: number;
  words: number;
  /** Leaf references in left-to-right order. */
  leaves: number[];
  /** Internal nodes with their left subtree's leaves [first, end). */
  splits: { reference: number; first: number; end: number }[];
  /** Features read, in first-seen order. */
  features: number[];
}

export function layOutTree(ensemble: TreeEnsemble, root: number): TreeLayout {
  const layout: TreeLayout = { root, words: 0, leaves: [], splits: [], features: [] };
  const seen = new Set<number>();
  const visit = (reference: number): void => {
    if (reference < 0) {
      layout.leaves.push(reference);
      return;
    }
    const f = ensemble.splitFeature[reference]!;
    if (!seen.has(f)) {
      seen.add(f);
      layout.features.push(f);
    }
    const first = layout.leaves.length;
    visit(ensemble.leftChild[reference]!);
    layout.splits.push({ reference, first, end: layout.leaves.length });
    visit(ensemble.rightChild[reference]!);
  };
  visit(root);
  layout.words = Math.ceil(layout.leaves.length / 32);
  return layout;
}

export function isTableTree(layout: TreeLayout): boolean {
  return layout.words <= MAX_TABLE_WORDS && layout.features.length <= MAX_TABLE_FEATURES;
}

/** Writes the tables and leaf values of table trees into arrays sized up front. */
export class TableBuilder {
  readonly treeStart: Int32Array;
  private readonly treeWords: Int32Array;
  private readonly treeEntries: Int32Array;
  private readonly entryFeature: Int32Array;
  private readonly entryTable: Int32Array;
  private readonly tables: Int32Array;
  private readonly leafValues: Float64Array;
  private entries = 0;
  private tableLength = CODE_LIMIT;
  private leaves = 0;

  constructor(
    private readonly ensemble: TreeEnsemble,
    private readonly cuts: (Float64Array | null)[],
    private readonly codeLimit: Int32Array,
    layouts: TreeLayout[],
  ) {
    const trees = layouts.length;
    this.treeStart = new Int32Array(trees);
    this.treeWords = new Int32Array(trees);
    this.treeEntries = new Int32Array(trees + 1);
    let entries = 0;
    let tableLength = CODE_LIMIT;
    let leaves = 0;
    for (const layout of layouts) {
      if (!isTableTree(layout)) continue;
      entries += layout.features.length;
      for (const f of layout.features) tableLength += codeLimit[f]! * layout.words;
      leaves += layout.leaves.length;
    }
    this.entryFeature = new Int32Array(entries);
    this.entryTable = new Int32Array(entries);
    this.tables = new Int32Array(tableLength).fill(-1);
    this.leafValues = new Float64Array(leaves);
  }

  add(layout: TreeLayout, t: number): void {
    this.treeWords[t] = layout.words;
    this.treeStart[t] = this.leaves;
    for (const leaf of layout.leaves)
      this.leafValues[this.leaves++] = this.ensemble.leafValue[~leaf]!;
    for (const f of layout.features) {
      const length = this.codeLimit[f]! * layout.words;
      this.entryFeature[this.entries] = f;
      this.entryTable[this.entries++] = this.tableLength;
      this.writeTable(layout, f, this.tables.subarray(this.tableLength, this.tableLength + length));
      this.tableLength += length;
    }
    this.treeEntries[t + 1] = this.entries;
  }

  /** Marks tree t as walked (its start is set to its root by `compileWalkNodes`). */
  skip(t: number): void {
    this.treeEntries[t + 1] = this.entries;
  }

  /**
   * Clears, in `table` (all ones), the leaves each code of feature f cannot reach; word w of a
   * code's bitset sits at w × codeLimit[f] + code.
   */
  private writeTable(layout: TreeLayout, f: number, table: Int32Array): void {
    const limit = this.codeLimit[f]!;
    const kept = new Int32Array(layout.words);
    for (const { reference, first, end } of layout.splits) {
      if (this.ensemble.splitFeature[reference] !== f) continue;
      kept.fill(-1);
      for (let leaf = first; leaf < end; leaf++)
        kept[leaf >>> 5] = kept[leaf >>> 5]! & ~(1 << leaf);
      const isLeft = leftCodes(this.ensemble, this.cuts, reference);
      for (let code = 0; code < limit; code++) {
        if (isLeft[code] === 1) continue;
        for (let w = 0; w < layout.words; w++) {
          table[w * limit + code] = table[w * limit + code]! & kept[w]!;
        }
      }
    }
  }

  finish() {
    const { treeWords, treeEntries, entryFeature, entryTable, tables, treeStart } = this;
    return {
      treeWords,
      treeEntries,
      entryFeature,
      entryTable,
      tables,
      treeStart,
      leafValues: this.leafValues,
    };
  }
}
