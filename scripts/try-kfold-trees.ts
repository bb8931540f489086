/**
 * Does k-fold bagging of the tree learner beat one model? Over the non-TEST rows, k models each
 * early-stop on one fold and train on the rest; their average is compared with the default model
 * (fit rows, early-stopped on the validation rows). Prints out-of-fold RMSE (every non-TEST row
 * priced by the model that did not train on it), validation RMSE and TEST RMSE / MAPE.
 *
 *   npx tsx scripts/try-kfold-trees.ts [--only getaround,brazil] [--folds 5]
 */
import { DEFAULT_TREE_MODEL_PARAMS, fitTreeModel, predictTreeModel } from '../src/core/trees';
import { describeFit as describe, experimentTables } from './tree-experiment';
import { option } from './reference-datasets';

const folds = Number(option('--folds') ?? 5);
for (const { dataset, frame, features, truth, split } of experimentTables()) {
  const training = Int32Array.from([...split.fit, ...split.validation]).sort();
  for (const logTarget of [true, false]) {
    const params = { ...DEFAULT_TREE_MODEL_PARAMS, logTarget };
    const started = performance.now();
    const single = fitTreeModel({
      frame,
      target: dataset.target,
      features,
      params,
      fitRows: split.fit,
      validationRows: split.validation,
    });
    const singleMs = performance.now() - started;
    const one = predictTreeModel(single.model, frame);
    const mean = new Float64Array(frame.rowCount);
    const outOfFold = new Float64Array(frame.rowCount);
    const foldStarted = performance.now();
    for (let k = 0; k < folds; k++) {
      const held = training.filter((_, i) => i % folds === k);
      const fitRows = training.filter((_, i) => i % folds !== k);
      const { model } = fitTreeModel({
        frame,
        target: dataset.target,
        features,
        params: { ...params, seed: params.seed + k },
        fitRows,
        validationRows: held,
      });
      const prices = predictTreeModel(model, frame);
      prices.forEach((p, i) => (mean[i] = mean[i]! + p / folds));
      for (const r of held) outOfFold[r] = prices[r]!;
    }
    const foldMs = performance.now() - foldStarted;
    const label = `${dataset.name} ${logTarget ? 'log' : 'raw'}`;
    console.log(
      `${label}: one model TEST ${describe(split.test, truth, one)} val ${describe(split.validation, truth, one)} ${(singleMs / 1000).toFixed(1)} s | ` +
        `${folds}-fold mean TEST ${describe(split.test, truth, mean)} out-of-fold ${describe(training, truth, outOfFold)} (val rows ${describe(split.validation, truth, outOfFold)}) ${(foldMs / 1000).toFixed(1)} s`,
    );
  }
}
