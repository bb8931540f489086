/**
 * Trains the shipped model on diamonds (npm `@observablehq/sample-datasets`) in Node with the
 * TF.js wasm backend and writes `models/diamonds/model.json` (the bundle) and `models/diamonds/CARD.md`.
 * Run with `npm run train:default`.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { parseCsvText } from '../src/core/data/csv';
import { inferColumnType } from '../src/core/data/column-typing';
import { featureKindOf, frameFromCells, type FeatureKind } from '../src/core/data/frame';
import { fitPriceModel, type NetworkParams } from '../src/core/model/fit-price-model';
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

async function main(): Promise<void> {
  await tf.setBackend('wasm');
  const require = createRequire(import.meta.url);
  const csvPath = require.resolve('@observablehq/sample-datasets/diamonds.csv');
  const { header, rows } = parseCsvText(readFileSync(csvPath, 'utf8'));
  const kinds: Record<string, FeatureKind> = {};
  header.forEach((name, j) => {
    const kind = featureKindOf(
      inferColumnType(
        name,
        rows.map((row) => row[j] ?? ''),
      ),
    );
    if (kind) kinds[name] = kind;
  });
  const frame = frameFromCells(header, rows, kinds);
  const features = Object.keys(kinds).filter((name) => name !== TARGET);
  const { bundle } = await fitPriceModel({
    frame,
    target: TARGET,
    features,
    datasetName: 'diamonds',
    params: {
      ...DEFAULT_PARAMS,
      ...(process.argv.includes('--params') ? JSON.parse(argument('--params')!) : {}),
    },
    onEpoch: (r) =>
      console.log(
        `epoch ${r.epoch} loss ${r.loss.toFixed(5)} val ${r.valLoss.toFixed(5)} ${(r.elapsedMs / 1000).toFixed(1)}s`,
      ),
  });
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(`${OUT_DIR}/model.json`, JSON.stringify(bundle));
  writeFileSync(`${OUT_DIR}/CARD.md`, writeModelCard(bundle));
  console.log(JSON.stringify(bundle.card.test), 'coverage', bundle.card.intervalCoverageOnTest);
}

await main();
