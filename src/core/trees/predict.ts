import { AppError } from '../../lib/errors';
import type { FeatureColumn } from './binning';
import { CATEGORY_FEATURE, type TreeEnsemble } from './ensemble';
import { MASK_WORDS } from './split-finder';

/**
 * An ensemble rearranged for fast batch prediction. Numbers are first coded against the sorted
 * thresholds the model uses (code 0 missing, code k ≥ 1 above k − 1 of them), so every node is
 * one bitset lookup on a byte: bit c of a node's mask sends code c left. Leaves point to themselves.
 */
interface CompiledEnsemble {
  featureCount: number;
  baseScore: number;
  /** Per feature: sorted distinct finite thresholds (numbers), or null (categories). */
  cuts: (Float64Array | null)[];
  treeStart: Int32Array;
  treeDepth: Int32Array;
  nodeFeature: Int32Array;
  nodeMask: Int32Array;
  /** Two per node: left, right. */
  nodeChild: Int32Array;
  nodeValue: Float64Array;
}

/** Most distinct finite thresholds on one numeric feature, so codes fit a byte. */
export const MAX_THRESHOLDS_PER_FEATURE = 254;
/** Rows are coded and scored in blocks of about this many code bytes, which stay in cache. */
const BLOCK_BYTES = 16384;
const compiled = new WeakMap<TreeEnsemble, CompiledEnsemble>();

/**
 * Predictions in model space for `rows` (all rows when omitted) of `columns`, one column per
 * ensemble feature: raw numbers (NaN missing) and category codes as in training. The ensemble
 * is compiled on first use and cached, so treat it as immutable. Length: rows.length or rowCount.
 */
export function predictEnsemble(
  ensemble: TreeEnsemble,
  columns: readonly FeatureColumn[],
  rows?: Int32Array,
): Float64Array {
  checkColumns(ensemble, columns);
  const model = compiled.get(ensemble) ?? compileEnsemble(ensemble);
  compiled.set(ensemble, model);
  const length = columnLength(columns[0]!);
  const rowCount = rows?.length ?? length;
  if (rows?.some((row) => !(row >= 0 && row < length))) {
    throw new AppError('SCHEMA_MISMATCH', `A row to predict is outside the ${length} rows given.`);
  }
  const output = new Float64Array(rowCount).fill(model.baseScore);
  const blockRows = Math.max(64, Math.floor(BLOCK_BYTES / model.featureCount));
  const codes = new Uint8Array(blockRows * model.featureCount);
  for (let start = 0; start < rowCount; start += blockRows) {
    const count = Math.min(blockRows, rowCount - start);
    codeBlock(model, columns, { rows, start, count, codes });
    scoreBlock(model, codes, count, output.subarray(start, start + count));
  }
  return output;
}

function checkColumns(ensemble: TreeEnsemble, columns: readonly FeatureColumn[]): void {
  if (columns.length !== ensemble.featureCount || columns.length === 0) {
    throw new AppError(
      'SCHEMA_MISMATCH',
      `The tree model reads ${ensemble.featureCount} features but got ${columns.length}.`,
    );
  }
  const length = columnLength(columns[0]!);
  columns.forEach((column, f) => {
    const isCategory = ensemble.featureKinds[f] === CATEGORY_FEATURE;
    if (isCategory !== (column.kind === 'category') || columnLength(column) !== length) {
      throw new AppError('SCHEMA_MISMATCH', `Feature ${f} has the wrong kind or length.`);
    }
  });
}

function columnLength(column: FeatureColumn): number {
  return column.kind === 'number' ? column.values.length : column.codes.length;
}

/** Codes rows `start..start+count` of the request (through `rows` when given) into `codes`. */
function codeBlock(
  model: CompiledEnsemble,
  columns: readonly FeatureColumn[],
  block: { rows: Int32Array | undefined; start: number; count: number; codes: Uint8Array },
): void {
  const { rows, start, count, codes } = block;
  const stride = model.featureCount;
  columns.forEach((column, f) => {
    const cuts = model.cuts[f]!;
    for (let i = 0; i < count; i++) {
      const row = rows ? rows[start + i]! : start + i;
      codes[i * stride + f] =
        column.kind === 'category' ? column.codes[row]! : codeOf(cuts, column.values[row]!);
    }
  });
}

/** 0 for NaN, else 1 + the number of cuts below `value`. */
function codeOf(cuts: Float64Array, value: number): number {
  if (Number.isNaN(value)) return 0;
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cuts[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low + 1;
}

/** Adds every tree's leaf values for `count` coded rows to `output`. */
function scoreBlock(
  model: CompiledEnsemble,
  codes: Uint8Array,
  count: number,
  output: Float64Array,
): void {
  for (let t = 0; t < model.treeStart.length; t++) {
    const last = scoreTreeByFours(model, t, codes, output.subarray(0, count));
    for (let i = last; i < count; i++) {
      output[i] = output[i]! + model.nodeValue[walk(model, t, codes, i)]!;
    }
  }
}

/**
 * Adds tree t for rows in groups of four, returning where the groups ended: the four walks are
 * independent, so the CPU overlaps them. Leaves point to themselves, so a walk that is done stays.
 */
function scoreTreeByFours(
  model: CompiledEnsemble,
  t: number,
  codes: Uint8Array,
  output: Float64Array,
): number {
  const { nodeFeature: feature, nodeMask: mask, nodeChild: child, nodeValue: value } = model;
  const stride = model.featureCount;
  const root = model.treeStart[t]!;
  const depth = model.treeDepth[t]!;
  let i = 0;
  for (; i + 4 <= output.length; i += 4) {
    const base = i * stride;
    let n0 = root;
    let n1 = root;
    let n2 = root;
    let n3 = root;
    for (let level = 0; level < depth; level++) {
      const c0 = codes[base + feature[n0]!]!;
      const m0 = child[(n0 << 1) | (((mask[(n0 << 3) | (c0 >>> 5)]! >>> c0) & 1) ^ 1)]!;
      const c1 = codes[base + stride + feature[n1]!]!;
      const m1 = child[(n1 << 1) | (((mask[(n1 << 3) | (c1 >>> 5)]! >>> c1) & 1) ^ 1)]!;
      const c2 = codes[base + 2 * stride + feature[n2]!]!;
      const m2 = child[(n2 << 1) | (((mask[(n2 << 3) | (c2 >>> 5)]! >>> c2) & 1) ^ 1)]!;
      const c3 = codes[base + 3 * stride + feature[n3]!]!;
      const m3 = child[(n3 << 1) | (((mask[(n3 << 3) | (c3 >>> 5)]! >>> c3) & 1) ^ 1)]!;
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
  return i;
}

/** The leaf node coded row `i` reaches in tree t. */
function walk(model: CompiledEnsemble, t: number, codes: Uint8Array, i: number): number {
  const { nodeFeature: feature, nodeMask: mask, nodeChild: child } = model;
  const base = i * model.featureCount;
  let node = model.treeStart[t]!;
  for (let level = 0; level < model.treeDepth[t]!; level++) {
    const code = codes[base + feature[node]!]!;
    node = child[(node << 1) | (((mask[(node << 3) | (code >>> 5)]! >>> code) & 1) ^ 1)]!;
  }
  return node;
}

/** Lays every tree out depth-first with the numeric tests turned into bitsets over codes. */
function compileEnsemble(ensemble: TreeEnsemble): CompiledEnsemble {
  const cuts = collectCuts(ensemble);
  const nodeCount = ensemble.splitFeature.length + ensemble.leafValue.length;
  const model: CompiledEnsemble = {
    featureCount: ensemble.featureCount,
    baseScore: ensemble.baseScore,
    cuts,
    treeStart: new Int32Array(ensemble.treeRoots.length),
    treeDepth: new Int32Array(ensemble.treeRoots.length),
    nodeFeature: new Int32Array(nodeCount),
    nodeMask: new Int32Array(nodeCount * MASK_WORDS),
    nodeChild: new Int32Array(nodeCount * 2),
    nodeValue: new Float64Array(nodeCount),
  };
  let next = 0;
  const layOut = (reference: number, depth: number, t: number): number => {
    const node = next++;
    model.treeDepth[t] = Math.max(model.treeDepth[t]!, depth);
    if (reference < 0) {
      model.nodeValue[node] = ensemble.leafValue[~reference]!;
      model.nodeChild[2 * node] = node;
      model.nodeChild[2 * node + 1] = node;
      return node;
    }
    model.nodeFeature[node] = ensemble.splitFeature[reference]!;
    writeMask(ensemble, cuts, reference, model.nodeMask.subarray(node * MASK_WORDS));
    model.nodeChild[2 * node] = layOut(ensemble.leftChild[reference]!, depth + 1, t);
    model.nodeChild[2 * node + 1] = layOut(ensemble.rightChild[reference]!, depth + 1, t);
    return node;
  };
  ensemble.treeRoots.forEach((root, t) => {
    model.treeStart[t] = next;
    layOut(root, 0, t);
  });
  return model;
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
    return Float64Array.from(set).sort();
  });
}

function writeMask(
  ensemble: TreeEnsemble,
  cuts: (Float64Array | null)[],
  reference: number,
  mask: Int32Array,
): void {
  const f = ensemble.splitFeature[reference]!;
  const threshold = ensemble.splitThreshold[reference]!;
  const featureCuts = cuts[f];
  if (!featureCuts) {
    mask.set(ensemble.categoryMasks.subarray(threshold, threshold + MASK_WORDS));
    return;
  }
  const lastLeft = threshold === Infinity ? 255 : codeOf(featureCuts, threshold);
  for (let code = ensemble.defaultLeft[reference] ? 0 : 1; code <= lastLeft; code++) {
    mask[code >>> 5] = mask[code >>> 5]! | (1 << (code & 31));
  }
}
