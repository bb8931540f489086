import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { base64ToBytes, bytesToBase64 } from '../core/base64';
import type { ModelBundle } from '../core/model/model-bundle';
import { deserializeTreeModel, serializeTreeModel } from '../core/trees';
import type { EstimoDb } from '../storage/db';
import { saveRun, saveRunBundle, type RunRecord } from '../storage/runs';
import { createDatasetService } from '../worker/ml/dataset-service';
import { RunRegistry } from '../worker/ml/run-registry';

/** The first `rows` data rows of diamonds.csv, optionally without some columns. */
export function diamondsCsv(rows: number, dropColumns: readonly string[] = []): string {
  const path = createRequire(import.meta.url).resolve('@observablehq/sample-datasets/diamonds.csv');
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(0, rows + 1);
  const header = lines[0]!.split(',');
  const keep = header.map((name) => !dropColumns.includes(name));
  return lines
    .map((line) =>
      line
        .split(',')
        .filter((_, j) => keep[j])
        .join(','),
    )
    .join('\n');
}

/** Stores a CSV as a dataset through the heavy worker's ingest; resolves its id. */
export async function storeCsvDataset(db: EstimoDb, csv: string, name: string): Promise<string> {
  const service = createDatasetService(async () => db, new RunRegistry());
  const outcome = await service.ingestDataset(
    { runId: `ingest-${name}`, file: new File([csv], name) },
    () => undefined,
  );
  if (outcome.status !== 'done') throw new Error(`ingest ended ${JSON.stringify(outcome)}`);
  return outcome.dataset.id;
}

/** Stores a finished run on `datasetId` and keeps `bundle` as its model, as training would. */
export async function storeDoneRun(
  db: EstimoDb,
  options: {
    runId: string;
    datasetId: string;
    bundle: ModelBundle | null;
    patch?: Partial<RunRecord>;
  },
): Promise<RunRecord> {
  const run: RunRecord = {
    id: options.runId,
    parentId: null,
    datasetId: options.datasetId,
    datasetName: 'diamonds',
    target: options.bundle?.signature.target.name ?? 'price',
    features: options.bundle?.signature.inputs.map((input) => input.name) ?? [],
    preset: 'fast',
    params: {},
    seed: 1,
    backend: 'wasm',
    status: 'done',
    startedAt: new Date().toISOString(),
    durationMs: 1000,
    curves: [],
    metrics: null,
    importance: null,
    message: null,
    modelVersion: null,
    ...options.patch,
  };
  await saveRun(db, run);
  if (options.bundle) await saveRunBundle(db, run.id, options.bundle);
  return run;
}

/** The bundle with every price multiplied by e^`logShift` (a worse model on the same rows). */
export function shiftedBundle(bundle: ModelBundle, logShift: number): ModelBundle {
  const factor = Math.exp(logShift);
  return {
    ...bundle,
    name: `${bundle.name} shifted`,
    members: bundle.members.map((member) => {
      if (member.kind === 'network') {
        const { target } = member;
        const shifted = target.isLog
          ? { ...target, mean: target.mean + logShift }
          : { ...target, mean: target.mean * factor, std: target.std * factor };
        return { ...member, target: shifted };
      }
      const model = deserializeTreeModel(member.trees);
      const { ensemble } = model;
      if (model.transform.isLog) {
        ensemble.baseScore += logShift;
      } else {
        ensemble.baseScore *= factor;
        ensemble.leafValue = ensemble.leafValue.map((value) => value * factor);
      }
      return { ...member, trees: serializeTreeModel(model) };
    }),
  };
}

/** The bundle with every weight NaN: it loads, but prices nothing. */
export function nanWeightsBundle(bundle: ModelBundle): ModelBundle {
  return {
    ...bundle,
    members: bundle.members.map((member) => {
      if (member.kind === 'trees') {
        const ensemble = { ...member.trees.ensemble, baseScore: Number.NaN };
        return { ...member, trees: { ...member.trees, ensemble } };
      }
      const byteLength = base64ToBytes(member.network.weightData).byteLength;
      const weights = new Float32Array(byteLength / 4).fill(Number.NaN);
      const weightData = bytesToBase64(new Uint8Array(weights.buffer));
      return { ...member, network: { ...member.network, weightData } };
    }),
  };
}
