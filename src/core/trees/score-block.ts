import type { CompiledEnsemble } from './compile-ensemble';
import { MASK_WORDS } from './split-finder';

/** Rows coded and scored together: their codes, leaf bitsets and outputs stay in cache. */
export const BLOCK_ROWS = 4096;
/** Most table lookups fused into one pass over a block; missing ones read an all-ones table. */
const GROUP = 4;

/**
 * Lookups in the next pass when `remaining` are left: as few passes as fours allow, each of
 * three or four lookups, so padding is read only when fewer than three are left in all.
 */
function passWidth(remaining: number): number {
  return remaining - 3 * Math.ceil(remaining / GROUP) > 0 ? GROUP : 3;
}

/** A block's codes and output kept elsewhere (wasm memory), with a faster kernel for some trees. */
export interface WasmBlock {
  /** Codes feature by feature, [featureCount, BLOCK_ROWS]. */
  codes: Uint8Array;
  /** Rows' running sums, [BLOCK_ROWS]. */
  output: Float64Array;
  /**
   * Adds the leaf values of tree t, and maybe of trees after it, to output rows 0 … count − 1
   * (count ≥ 1) in tree order; returns how many trees it scored (0: tree t is left to JS).
   */
  scoreTrees(t: number, count: number): number;
}

/**
 * One block of rows being scored: codes feature by feature ([featureCount, BLOCK_ROWS]), leaf
 * bitsets ([words, BLOCK_ROWS]) and the outputs ([BLOCK_ROWS], rows 0 … count − 1 in use) the
 * trees' leaf values are added to. With a {@link WasmBlock}, codes and outputs are its arrays
 * and the trees it has kernels for are scored by it.
 */
export class ScoreBlock {
  readonly codes: Uint8Array;
  readonly output: Float64Array;
  private readonly bits: Int32Array;
  /** Table starts then code-column starts of the current group of lookups. */
  private readonly group = new Int32Array(2 * GROUP);
  count = 0;

  constructor(
    private readonly model: CompiledEnsemble,
    private readonly wasm: WasmBlock | null = null,
  ) {
    let maxWords = 1;
    for (const words of model.treeWords) maxWords = Math.max(maxWords, words);
    this.codes = wasm?.codes ?? new Uint8Array(BLOCK_ROWS * model.featureCount);
    this.output = wasm?.output ?? new Float64Array(BLOCK_ROWS);
    this.bits = new Int32Array(BLOCK_ROWS * maxWords);
  }

  /** Adds every tree's leaf value to `output` in tree order, so sums match a plain walk exactly. */
  scoreTrees(): void {
    const words = this.model.treeWords;
    const wasm = this.wasm;
    for (let t = 0; t < words.length; t++) {
      const scored = wasm ? wasm.scoreTrees(t, this.count) : 0;
      if (scored > 0) t += scored - 1;
      else if (words[t] === 1) this.scoreOneWordTree(t);
      else if (words[t]! > 1) this.scoreWideTree(t);
      else this.walkTree(t);
    }
  }

  /** Loads lookups `entry … entry + GROUP` (word w) into `group`, padding past `end`. */
  private loadGroup(entry: number, end: number, w: number): void {
    const { entryFeature, entryTable, codeLimit } = this.model;
    for (let j = 0; j < GROUP; j++) {
      const e = entry + j;
      const f = e < end ? entryFeature[e]! : 0;
      this.group[j] = e < end ? entryTable[e]! + w * codeLimit[f]! : 0;
      this.group[GROUP + j] = f * BLOCK_ROWS;
    }
  }

  /** bits[from …] = (bits, or all ones when `isFirst`) AND the group's first `width` tables. */
  private andGroup(from: number, isFirst: boolean, width: number): void {
    const { codes, bits, count, group } = this;
    const tables = this.model.tables;
    const [ta, tb, tc, td] = [group[0]!, group[1]!, group[2]!, group[3]!];
    const [ca, cb, cc, cd] = [group[4]!, group[5]!, group[6]!, group[7]!];
    if (isFirst) bits.fill(-1, from, from + count);
    if (width === 3) {
      for (let i = 0; i < count; i++) {
        bits[from + i] =
          bits[from + i]! &
          tables[ta + codes[ca + i]!]! &
          tables[tb + codes[cb + i]!]! &
          tables[tc + codes[cc + i]!]!;
      }
      return;
    }
    for (let i = 0; i < count; i++) {
      bits[from + i] =
        bits[from + i]! &
        tables[ta + codes[ca + i]!]! &
        tables[tb + codes[cb + i]!]! &
        tables[tc + codes[cc + i]!]! &
        tables[td + codes[cd + i]!]!;
    }
  }

  /** A tree of at most 32 leaves: AND its tables, the last pass fused with the leaf lookup. */
  private scoreOneWordTree(t: number): void {
    const { treeEntries } = this.model;
    const end = treeEntries[t + 1]!;
    let entry = treeEntries[t]!;
    for (let width = passWidth(end - entry); entry + width < end; width = passWidth(end - entry)) {
      this.loadGroup(entry, end, 0);
      this.andGroup(0, entry === treeEntries[t], width);
      entry += width;
    }
    this.loadGroup(entry, end, 0);
    if (entry === treeEntries[t]) this.bits.fill(-1, 0, this.count);
    if (passWidth(end - entry) === 3) this.finishThree(this.model.treeStart[t]! + 31);
    else this.finishFour(this.model.treeStart[t]! + 31);
  }

  /** Adds leaf `start − clz32(lowest set bit)` of bits AND the group's first three tables. */
  private finishThree(start: number): void {
    const { codes, bits, count, group, output } = this;
    const { tables, leafValues } = this.model;
    const [ta, tb, tc, ca, cb, cc] = [
      group[0]!,
      group[1]!,
      group[2]!,
      group[4]!,
      group[5]!,
      group[6]!,
    ];
    for (let i = 0; i < count; i++) {
      const b =
        bits[i]! &
        tables[ta + codes[ca + i]!]! &
        tables[tb + codes[cb + i]!]! &
        tables[tc + codes[cc + i]!]!;
      output[i] = output[i]! + leafValues[start - Math.clz32(b & -b)]!;
    }
  }

  /** As {@link finishThree} with all four tables of the group. */
  private finishFour(start: number): void {
    const { codes, bits, count, group, output } = this;
    const { tables, leafValues } = this.model;
    const [ta, tb, tc, td] = [group[0]!, group[1]!, group[2]!, group[3]!];
    const [ca, cb, cc, cd] = [group[4]!, group[5]!, group[6]!, group[7]!];
    for (let i = 0; i < count; i++) {
      const b =
        bits[i]! &
        tables[ta + codes[ca + i]!]! &
        tables[tb + codes[cb + i]!]! &
        tables[tc + codes[cc + i]!]! &
        tables[td + codes[cd + i]!]!;
      output[i] = output[i]! + leafValues[start - Math.clz32(b & -b)]!;
    }
  }

  /** A tree of 33 to 256 leaves: one bitset word at a time, then the lowest set bit overall. */
  private scoreWideTree(t: number): void {
    const { treeEntries, treeWords, treeStart, leafValues } = this.model;
    const { bits, count, output } = this;
    const words = treeWords[t]!;
    const end = treeEntries[t + 1]!;
    for (let w = 0; w < words; w++) {
      for (let entry = treeEntries[t]!; entry < end; entry += passWidth(end - entry)) {
        this.loadGroup(entry, end, w);
        this.andGroup(w * BLOCK_ROWS, entry === treeEntries[t], passWidth(end - entry));
      }
      if (treeEntries[t] === end) bits.fill(-1, w * BLOCK_ROWS, w * BLOCK_ROWS + count);
    }
    for (let i = 0; i < count; i++) {
      let w = 0;
      while (bits[w * BLOCK_ROWS + i] === 0) w++;
      const b = bits[w * BLOCK_ROWS + i]!;
      output[i] = output[i]! + leafValues[treeStart[t]! + 32 * w + 31 - Math.clz32(b & -b)]!;
    }
  }

  /**
   * A tree that tables do not suit (very many leaves or features): walk it, four rows at a time
   * so the CPU overlaps the independent walks; leaves point to themselves, so finished walks stay.
   */
  private walkTree(t: number): void {
    const { child, value } = this.model.walk;
    const { count, output } = this;
    const root = this.model.treeStart[t]!;
    let i = 0;
    for (; i + 4 <= count; i += 4) {
      let n0 = root;
      let n1 = root;
      let n2 = root;
      let n3 = root;
      for (let level = 0; level < this.model.walk.depth[t]!; level++) {
        const m0 = child[2 * n0 + this.goesRight(n0, i)]!;
        const m1 = child[2 * n1 + this.goesRight(n1, i + 1)]!;
        const m2 = child[2 * n2 + this.goesRight(n2, i + 2)]!;
        const m3 = child[2 * n3 + this.goesRight(n3, i + 3)]!;
        if (m0 === n0 && m1 === n1 && m2 === n2 && m3 === n3) break;
        n0 = m0;
        n1 = m1;
        n2 = m2;
        n3 = m3;
      }
      output[i] = output[i]! + value[n0]!;
      output[i + 1] = output[i + 1]! + value[n1]!;
      output[i + 2] = output[i + 2]! + value[n2]!;
      output[i + 3] = output[i + 3]! + value[n3]!;
    }
    for (; i < count; i++) {
      let node = root;
      for (let level = 0; level < this.model.walk.depth[t]!; level++) {
        node = child[2 * node + this.goesRight(node, i)]!;
      }
      output[i] = output[i]! + value[node]!;
    }
  }

  /** 1 when row i of the block goes right at walk node `node` (a leaf's children are itself). */
  private goesRight(node: number, i: number): number {
    const { feature, mask } = this.model.walk;
    const code = this.codes[feature[node]! * BLOCK_ROWS + i]!;
    return ((mask[node * MASK_WORDS + (code >>> 5)]! >>> (code & 31)) & 1) ^ 1;
  }
}
