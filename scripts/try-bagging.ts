/**
 * Does averaging tree models boosted with other seeds (row sampling 0.8) beat one model? Fits
 * trees on the log and raw price per reference dataset: the default model, then `--seeds` bagged
 * ones, and prints validation and TEST RMSE of one model and of the averages of 2, 3, … of them.
 * Judge on validation; TEST is printed to report.
 *
 *   npx tsx scripts/try-bagging.ts [--only diamonds,brazil] [--seeds 4] [--row-sample 0.8]
 */
import { DEFAULT_TREE_MODEL_PARAMS, fitTreeModel, predictTreeModel } from '../src/core/trees';
import { describeFit as rmseOn, experimentTables } from './tree-experiment';
import { option } from './reference-datasets';

const seeds = Number(option('--seeds') ?? 4);
const rowSampleRate = Number(option('--row-sample') ?? 0.8);
for (const { dataset, frame, features, truth, split } of experimentTables()) {
  for (const logTarget of [true, false]) {
    const fit = (params: object) => {
      const started = performance.now();
      const { model, bestRound } = fitTreeModel({
        frame,
        target: dataset.target,
        features,
        params: { ...DEFAULT_TREE_MODEL_PARAMS, logTarget, ...params },
        fitRows: split.fit,
        validationRows: split.validation,
      });
      return { prices: predictTreeModel(model, frame), bestRound, ms: performance.now() - started };
    };
    const base = fit({});
    const label = `${dataset.name} ${logTarget ? 'log' : 'raw'}`;
    console.log(
      `${label} one: val ${rmseOn(split.validation, truth, base.prices)} TEST ${rmseOn(split.test, truth, base.prices)} ${base.bestRound} trees ${(base.ms / 1000).toFixed(1)} s`,
    );
    const sum = new Float64Array(frame.rowCount);
    for (let s = 1; s <= seeds; s++) {
      const bagged = fit({ rowSampleRate, seed: DEFAULT_TREE_MODEL_PARAMS.seed + 100 * s });
      bagged.prices.forEach((p, i) => (sum[i] = sum[i]! + p));
      const mean = sum.map((v) => v / s);
      console.log(
        `${label} bag of ${s}: val ${rmseOn(split.validation, truth, mean)} TEST ${rmseOn(split.test, truth, mean)}  (this seed alone val ${rmseOn(split.validation, truth, bagged.prices)}, ${bagged.bestRound} trees ${(bagged.ms / 1000).toFixed(1)} s)`,
      );
    }
  }
}
