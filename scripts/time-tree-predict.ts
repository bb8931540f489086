/**
 * Times batch prediction of tree ensembles (`predictEnsemble`) on all 53,940 diamonds rows and
 * checks the output is exact. Run with `npx tsx scripts/time-tree-predict.ts [--fit] [--repeats N]
 * [--no-walk] [--baseline DIR]`.
 * - The shipped model (models/diamonds/model.json, first member) is always timed; `--fit` also
 *   fits one with DEFAULT_TREE_MODEL_PARAMS (more trees, a few seconds).
 * - Exactness: the output must equal the plain tree walk (`walkEnsemble`; skip with `--no-walk`)
 *   and, when `--baseline DIR` is given, a copy saved there by an earlier run (written when
 *   missing), so a change can be checked against the code before it.
 * The machine is shared, so the figures are medians of repeats after a first call that compiles.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { typedFrameFromCells } from '../src/core/data/frame';
import { splitRows } from '../src/core/data/holdout';
import { readDiamonds } from '../src/test-support/diamonds';
import {
  DEFAULT_TREE_MODEL_PARAMS,
  deserializeTreeModel,
  encodeFrame,
  fitTreeModel,
  predictEnsemble,
  type TreeModel,
} from '../src/core/trees';
import type { FeatureColumn } from '../src/core/trees/binning';
import { compileEnsemble } from '../src/core/trees/compile-ensemble';
import { walkEnsemble } from '../src/core/trees/walk-ensemble';

const argument = (flag: string): string | undefined =>
  process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined;
const REPEATS = Number(argument('--repeats') ?? 9);
const BASELINE_DIR = argument('--baseline');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >>> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function timeMs(run: () => void): number {
  const startedMs = performance.now();
  run();
  return performance.now() - startedMs;
}

function shippedModel(): TreeModel {
  const bundle = JSON.parse(readFileSync('models/diamonds/model.json', 'utf8')) as {
    members: { kind: string; trees?: unknown }[];
  };
  const member = bundle.members[0];
  if (member?.kind !== 'trees') throw new Error('The shipped bundle has no tree member first.');
  return deserializeTreeModel(member.trees);
}

function fittedModel(frame: ReturnType<typeof typedFrameFromCells>['frame']): TreeModel {
  const split = splitRows(frame.rowCount);
  const features = ['carat', 'cut', 'color', 'clarity', 'depth', 'table', 'x', 'y', 'z'];
  return fitTreeModel({
    frame,
    target: 'price',
    features,
    params: DEFAULT_TREE_MODEL_PARAMS,
    fitRows: split.fit,
    validationRows: split.validation,
  }).model;
}

/** Index of the first row where the two differ bit for bit (−1 when none). */
function firstDifference(actual: Float64Array, expected: Float64Array): number {
  if (actual.length !== expected.length) return 0;
  return actual.findIndex((value, i) => !Object.is(value, expected[i]));
}

function checkExact(
  name: string,
  output: Float64Array,
  model: TreeModel,
  columns: FeatureColumn[],
) {
  const checks: [string, () => Float64Array][] = [];
  if (!process.argv.includes('--no-walk')) {
    checks.push(['plain walk', () => walkEnsemble(model.ensemble, columns)]);
  }
  if (BASELINE_DIR) {
    const path = `${BASELINE_DIR}/${name}.f64`;
    if (!existsSync(path)) {
      mkdirSync(BASELINE_DIR, { recursive: true });
      writeFileSync(path, new Uint8Array(output.buffer));
      console.log(`  saved baseline ${path}`);
    }
    checks.push(['baseline', () => new Float64Array(readFileSync(path).buffer.slice(0))]);
  }
  for (const [label, expected] of checks) {
    const row = firstDifference(output, expected());
    if (row >= 0) throw new Error(`${name}: differs from the ${label} at row ${row}.`);
    console.log(`  equals the ${label} exactly`);
  }
}

function timeModel(name: string, model: TreeModel, columns: FeatureColumn[]): void {
  const { ensemble } = model;
  const rows = columns[0]!.kind === 'number' ? columns[0]!.values.length : 0;
  const trees = ensemble.treeRoots.length;
  const compileMs = median(
    Array.from({ length: 5 }, () => timeMs(() => compileEnsemble(ensemble))),
  );
  let output: Float64Array = new Float64Array(0);
  const firstMs = timeMs(() => (output = predictEnsemble(ensemble, columns)));
  const repeatsMs = Array.from({ length: REPEATS }, () =>
    timeMs(() => predictEnsemble(ensemble, columns)),
  );
  const ms = median(repeatsMs);
  console.log(`${name}: ${trees} trees, ${ensemble.leafValue.length} leaves, ${rows} rows`);
  console.log(
    `  compile ${compileMs.toFixed(1)} ms (median of 5); first call ${firstMs.toFixed(1)} ms`,
  );
  console.log(
    `  predict median ${ms.toFixed(1)} ms of [${repeatsMs.map((m) => m.toFixed(0)).join(' ')}]: ` +
      `${((rows / ms) * 1000).toFixed(0)} rows/s, ${((ms * 1e6) / (rows * trees)).toFixed(2)} ns per tree-row`,
  );
  checkExact(name, output, model, columns);
}

function main(): void {
  const table = readDiamonds();
  const { frame } = typedFrameFromCells(table.header, table.rows);
  const models: [string, TreeModel][] = [['shipped', shippedModel()]];
  if (process.argv.includes('--fit')) models.push(['fitted', fittedModel(frame)]);
  for (const [name, model] of models) timeModel(name, model, encodeFrame(model.features, frame));
}

main();
