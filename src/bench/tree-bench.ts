import { parseCsvText } from '../core/data/csv';
import { typedFrameFromCells, type Frame } from '../core/data/frame';
import { splitRows } from '../core/data/holdout';
import { regressionMetrics } from '../core/model/metrics';
import {
  DEFAULT_TREE_MODEL_PARAMS,
  deserializeTreeModel,
  fitTreeModel,
  predictTreeModel,
  serializeTreeModel,
  type TreeModel,
} from '../core/trees';

/** Timed repeats of the whole-file prediction after the first (which compiles the trees). */
const PREDICT_REPEATS = 5;

/** A CSV read into a frame, columns typed as in scripts/try-trees.ts; features: all but `drop`. */
function frameOf(text: string, target: string, drop: string[]) {
  const table = parseCsvText(text);
  const { frame, kinds } = typedFrameFromCells(table.header, table.rows);
  const features = Object.keys(kinds).filter((name) => name !== target && !drop.includes(name));
  return { frame, features };
}

/** TEST metrics of the holdout rule: rows the learner never saw, with a finite target. */
function testMetrics(frame: Frame, target: string, predicted: Float64Array) {
  const actual = frame.columns[target]!.values as Float64Array;
  const rows = Array.from(splitRows(frame.rowCount).test).filter((row) =>
    Number.isFinite(actual[row]!),
  );
  return regressionMetrics(
    rows.map((row) => actual[row]!),
    rows.map((row) => predicted[row]!),
  );
}

/** Milliseconds of `predictTreeModel` on the whole frame: the first call, then each repeat. */
function timePredictions(model: TreeModel, frame: Frame) {
  let startedMs = performance.now();
  const predicted = predictTreeModel(model, frame);
  const firstMs = performance.now() - startedMs;
  const repeatsMs: number[] = [];
  for (let i = 0; i < PREDICT_REPEATS; i++) {
    startedMs = performance.now();
    predictTreeModel(model, frame);
    repeatsMs.push(performance.now() - startedMs);
  }
  return { predicted, firstMs, repeatsMs };
}

/**
 * Fits a tree model with the default settings on a CSV (holdout split of DESIGN.md, early
 * stopping on its validation rows), in this page's thread, then prices every row of the file
 * with the model after a serialise/deserialise round trip, as a stored bundle would.
 */
export async function trainTrees(file: File, target: string, drop: string[]) {
  const { frame, features } = frameOf(await file.text(), target, drop);
  const split = splitRows(frame.rowCount);
  const startedMs = performance.now();
  const fit = fitTreeModel({
    frame,
    target,
    features,
    params: DEFAULT_TREE_MODEL_PARAMS,
    fitRows: split.fit,
    validationRows: split.validation,
  });
  const trainMs = performance.now() - startedMs;
  const model = deserializeTreeModel(JSON.parse(JSON.stringify(serializeTreeModel(fit.model))));
  const { predicted, firstMs, repeatsMs } = timePredictions(model, frame);
  return {
    features,
    rows: frame.rowCount,
    trainMs,
    bestRound: fit.bestRound,
    roundsRun: fit.history.length,
    stopReason: fit.stopReason,
    leaves: model.ensemble.leafValue.length,
    test: testMetrics(frame, target, predicted),
    firstPredictMs: firstMs,
    predictMs: repeatsMs,
  };
}
