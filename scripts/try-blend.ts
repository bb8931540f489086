/**
 * Compares blend objectives on the reference datasets: trains the Production members once per
 * dataset (trees on log and raw price, a network on `--budget-ms`, 20 s by default) in Node with
 * the wasm backend, then blends them with each objective and prints validation and TEST RMSE/MAPE.
 * Objectives are judged on validation rows; TEST is printed to report, never to choose.
 *
 *   npx tsx scripts/try-blend.ts [--only diamonds,brazil] [--budget-ms 20000]
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { fitPrepared } from '../src/core/model/fit-price-model';
import { fitTreesPrepared } from '../src/core/model/fit-trees';
import { blendCandidates, type BlendObjective } from '../src/core/training/blend';
import { productionPreset } from '../src/core/training/presets';
import { DEFAULT_TREE_MODEL_PARAMS } from '../src/core/trees';
import { chosenDatasets, option, prepareReferenceFit } from './reference-datasets';

async function main(): Promise<void> {
  await tf.setBackend('wasm');
  const budgetMs = Number(option('--budget-ms') ?? 20_000);
  for (const dataset of chosenDatasets()) {
    const { prepared } = prepareReferenceFit(dataset);
    const candidates = [];
    for (const logTarget of [true, false]) {
      const params = { ...DEFAULT_TREE_MODEL_PARAMS, logTarget };
      const label = logTarget ? 'trees (log)' : 'trees (raw)';
      candidates.push(await fitTreesPrepared(prepared, params, { label }));
    }
    const plan = productionPreset(prepared.fitRows.rows, prepared.preprocessing.width, budgetMs);
    candidates.push(await fitPrepared(prepared, { ...plan.params, seed: 1 }));
    for (const objective of ['squared', 'balanced'] as BlendObjective[]) {
      const { bundle, members, validation } = await blendCandidates(
        prepared,
        candidates,
        objective,
      );
      const kept = members.map((m) => `${m.label} ${m.weight.toFixed(2)}`).join(', ');
      console.log(
        `${dataset.name} ${objective}: validation RMSE ${validation.rmse.toFixed(2)} ` +
          `MAPE ${validation.mape.toFixed(2)} | TEST RMSE ${bundle.card.test.rmse.toFixed(2)} ` +
          `(ref ${dataset.referenceRmse}) MAPE ${bundle.card.test.mape.toFixed(2)} ` +
          `(ref ${dataset.referenceMape}) | ${kept}`,
      );
    }
  }
}

await main();
