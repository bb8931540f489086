import { AppError } from '../../lib/errors';
import { columnLength, type FeatureColumn } from './binning';
import { compileEnsemble, type CompiledEnsemble } from './compile-ensemble';
import { codeOf } from './split-codes';
import { CATEGORY_FEATURE, type TreeEnsemble } from './ensemble';
import { BLOCK_ROWS, ScoreBlock, type WasmBlock } from './score-block';
import { placeInWasm } from './wasm-ensemble';

/** A compiled ensemble and, where wasm runs, the wasm block holding its tables. */
export interface PreparedEnsemble {
  model: CompiledEnsemble;
  wasm: WasmBlock | null;
}

const prepared = new WeakMap<TreeEnsemble, PreparedEnsemble>();

/**
 * Predictions in model space for `rows` (all rows when omitted) of `columns`, one column per
 * ensemble feature: raw numbers (NaN missing) and category codes as in training. The ensemble
 * is compiled on first use and cached, so treat it as immutable. Length: rows.length or rowCount.
 * Each prediction is `baseScore` plus the trees' leaf values added in tree order.
 */
export function predictEnsemble(
  ensemble: TreeEnsemble,
  columns: readonly FeatureColumn[],
  rows?: Int32Array,
): Float64Array {
  checkColumns(ensemble, columns);
  const length = columnLength(columns[0]!);
  if (rows?.some((row) => !(row >= 0 && row < length))) {
    throw new AppError('SCHEMA_MISMATCH', `A row to predict is outside the ${length} rows given.`);
  }
  return scoreRows(preparedOf(ensemble), columns, rows);
}

/** {@link predictEnsemble} on checked input, with or without the wasm kernels (for tests). */
export function scoreRows(
  { model, wasm }: PreparedEnsemble,
  columns: readonly FeatureColumn[],
  rows?: Int32Array,
): Float64Array {
  const rowCount = rows?.length ?? columnLength(columns[0]!);
  const output = new Float64Array(rowCount);
  const block = new ScoreBlock(model, wasm);
  for (let start = 0; start < rowCount; start += BLOCK_ROWS) {
    block.count = Math.min(BLOCK_ROWS, rowCount - start);
    block.output.fill(model.baseScore, 0, block.count);
    codeBlock(model, columns, block, rows ? rows.subarray(start) : start);
    block.scoreTrees();
    output.set(block.output.subarray(0, block.count), start);
  }
  return output;
}

/**
 * Compiles `ensemble` for {@link predictEnsemble} now rather than on its first call (tens of
 * milliseconds for a few thousand trees), for example right after a model is loaded.
 */
export function prepareEnsemble(ensemble: TreeEnsemble): void {
  preparedOf(ensemble);
}

function preparedOf(ensemble: TreeEnsemble): PreparedEnsemble {
  let entry = prepared.get(ensemble);
  if (!entry) {
    const model = compileEnsemble(ensemble);
    const placed = placeInWasm(model);
    entry = placed ? { model: placed.model, wasm: placed.block } : { model, wasm: null };
    prepared.set(ensemble, entry);
  }
  return entry;
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

/** Codes the block's rows: `rows` lists them (from its start), or they run on from `first`. */
function codeBlock(
  model: CompiledEnsemble,
  columns: readonly FeatureColumn[],
  block: ScoreBlock,
  rows: Int32Array | number,
): void {
  const { codes, count } = block;
  const first = typeof rows === 'number' ? rows : 0;
  const list = typeof rows === 'number' ? null : rows;
  columns.forEach((column, f) => {
    const out = codes.subarray(f * BLOCK_ROWS, f * BLOCK_ROWS + count);
    if (column.kind === 'category') {
      const source = column.codes;
      for (let i = 0; i < count; i++) out[i] = source[list ? list[i]! : first + i]!;
      return;
    }
    const cuts = model.cuts[f]!;
    const values = column.values;
    for (let i = 0; i < count; i++) out[i] = codeOf(cuts, values[list ? list[i]! : first + i]!);
  });
}
