/**
 * Trains the shipped model on diamonds (npm `@observablehq/sample-datasets`) in Node with the
 * TF.js wasm backend: a 4-tower network and boosted trees on the log and the raw price, blended
 * on the validation rows as the Production preset blends. Writes `models/diamonds/model.json`
 * (the bundle), `models/diamonds/CARD.md` and `models/diamonds/reference-profile.json` (the drift
 * reference of its training rows). Run with `npm run train:default`.
 * `--reference-only` rewrites only the reference profile.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { parseCsvText } from '../src/core/data/csv';
import { typedFrameFromCells } from '../src/core/data/frame';
import { fitPrepared, type NetworkParams } from '../src/core/model/fit-price-model';
import { fitTreesPrepared } from '../src/core/model/fit-trees';
import { prepareFit } from '../src/core/model/prepare-fit';
import { blendCandidates } from '../src/core/training/blend';
import { PRESET_PREPROCESSING } from '../src/core/training/presets';
import { DEFAULT_TREE_MODEL_PARAMS } from '../src/core/trees';
import { buildReferenceProfile } from '../src/core/drift';
import { writeModelCard } from './model-card';

const TARGET = 'price';
/** `--out DIR` writes elsewhere; `--params JSON` overrides settings (for experiments). */
const argument = (flag: string): string | undefined => process.argv[process.argv.indexOf(flag) + 1];
const OUT_DIR = process.argv.includes('--out') ? argument('--out')! : 'models/diamonds';
const DEFAULT_PARAMS: NetworkParams = {
  hiddenUnits: [64, 64, 32],
  members: 4,
  epochs: 80,
  batchSize: 256,
  learningRate: 0.003,
  patience: 15,
  l2: 0,
  seed: 20261122,
};

/** Trees for the shipped file: a learning rate of 0.1 halves the trees (and the file) for ~1% RMSE. */
const TREE_PARAMS = { learningRate: 0.1 };

async function main(): Promise<void> {
  await tf.setBackend('wasm');
  const require = createRequire(import.meta.url);
  const csvPath = require.resolve('@observablehq/sample-datasets/diamonds.csv');
  const { header, rows } = parseCsvText(readFileSync(csvPath, 'utf8'));
  const { frame, kinds } = typedFrameFromCells(header, rows);
  const features = Object.keys(kinds).filter((name) => name !== TARGET);
  const prepared = prepareFit({
    frame,
    target: TARGET,
    features,
    datasetName: 'diamonds',
    preprocessingOptions: PRESET_PREPROCESSING.production,
  });
  const trainingRows = Int32Array.from([
    ...prepared.split.fit,
    ...prepared.split.validation,
  ]).sort();
  const reference = buildReferenceProfile(frame, trainingRows, { features, target: TARGET });
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(`${OUT_DIR}/reference-profile.json`, JSON.stringify(reference));
  if (process.argv.includes('--reference-only')) return;
  const params = {
    ...DEFAULT_PARAMS,
    ...(process.argv.includes('--params') ? JSON.parse(argument('--params')!) : {}),
  };
  const network = await fitPrepared(prepared, params, {
    onEpoch: (r) =>
      console.log(
        `epoch ${r.epoch} loss ${r.loss.toFixed(5)} val ${r.valLoss.toFixed(5)} ${(r.elapsedMs / 1000).toFixed(1)}s`,
      ),
  });
  const trees = [];
  for (const logTarget of [true, false]) {
    const label = logTarget ? 'trees (log)' : 'trees (raw)';
    const treeParams = { ...DEFAULT_TREE_MODEL_PARAMS, ...TREE_PARAMS, logTarget };
    trees.push(await fitTreesPrepared(prepared, treeParams, { label }));
  }
  const { bundle } = await blendCandidates(prepared, [...trees, network]);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(`${OUT_DIR}/model.json`, JSON.stringify(bundle));
  writeFileSync(`${OUT_DIR}/CARD.md`, writeModelCard(bundle));
  console.log(JSON.stringify(bundle.card.test), 'coverage', bundle.card.intervalCoverageOnTest);
}

await main();
