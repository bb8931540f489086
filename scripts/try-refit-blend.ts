/**
 * Does refitting the blend's tree members on every non-TEST row help the blend? Trains the
 * Production members as try-blend does, blends them (weights from validation rows), then refits
 * each kept tree member on fit + validation rows for its early-stopped round count and prices
 * TEST with the same weights. Prints TEST RMSE / MAPE of both blends.
 *
 *   npx tsx scripts/try-refit-blend.ts [--only diamonds,brazil] [--budget-ms 20000]
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { fitPrepared } from '../src/core/model/fit-price-model';
import { fitTreesPrepared } from '../src/core/model/fit-trees';
import { regressionMetrics } from '../src/core/model/metrics';
import { PriceEstimator } from '../src/core/model/price-estimator';
import { selectRows } from '../src/core/model/select-rows';
import { blendCandidates } from '../src/core/training/blend';
import { productionPreset } from '../src/core/training/presets';
import { pickRows } from '../src/core/statistics';
import { DEFAULT_TREE_MODEL_PARAMS, fitTreeModel, predictTreeModel } from '../src/core/trees';
import { chosenDatasets, option, prepareReferenceFit } from './reference-datasets';

async function main(): Promise<void> {
  await tf.setBackend('wasm');
  const budgetMs = Number(option('--budget-ms') ?? 20_000);
  for (const dataset of chosenDatasets()) {
    const { frame, features, prepared } = prepareReferenceFit(dataset);
    const { split } = prepared;
    const testFrame = selectRows(frame, split.test);
    const actual = pickRows(frame.columns[dataset.target]!.values as Float64Array, split.test);
    const candidates = [];
    const testPrices: Float64Array[] = [];
    const refitPrices: Float64Array[] = [];
    const everyRow = Int32Array.from([...split.fit, ...split.validation]).sort();
    for (const logTarget of [true, false]) {
      const params = { ...DEFAULT_TREE_MODEL_PARAMS, logTarget };
      const label = logTarget ? 'trees (log)' : 'trees (raw)';
      const trees = await fitTreesPrepared(prepared, params, { label });
      candidates.push(trees);
      testPrices.push(predictTreeModel(trees.fit.model, testFrame));
      const refit = fitTreeModel({
        frame,
        target: dataset.target,
        features,
        params: { ...params, rounds: trees.fit.bestRound, earlyStoppingRounds: 0 },
        fitRows: everyRow,
        validationRows: new Int32Array(0),
      });
      refitPrices.push(predictTreeModel(refit.model, testFrame));
    }
    const plan = productionPreset(prepared.fitRows.rows, prepared.preprocessing.width, budgetMs);
    const network = await fitPrepared(prepared, { ...plan.params, seed: 1 });
    candidates.push(network);
    const estimator = await PriceEstimator.load(network.bundle);
    const networkTest = (await estimator.estimate(testFrame)).values;
    estimator.dispose();
    testPrices.push(networkTest);
    refitPrices.push(networkTest);
    const { members, bundle } = await blendCandidates(prepared, candidates);
    const blendOf = (prices: Float64Array[]) =>
      actual.map((_, i) => members.reduce((sum, m, j) => sum + m.weight * prices[j]![i]!, 0));
    const show = (prices: Float64Array) => {
      const m = regressionMetrics(actual, prices);
      return `${m.rmse.toFixed(2)} (${m.mape.toFixed(2)}%)`;
    };
    console.log(
      `${dataset.name}: weights ${members.map((m) => `${m.label} ${m.weight.toFixed(2)}`).join(', ')} | ` +
        `card ${bundle.card.test.rmse.toFixed(2)} | blend TEST ${show(blendOf(testPrices))} | refit trees TEST ${show(blendOf(refitPrices))} | ` +
        `members ${testPrices.map(show).join(' ')} | refit ${refitPrices.slice(0, 2).map(show).join(' ')}`,
    );
  }
}

await main();
