import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isReferenceProfile } from '../../core/drift';
import { getChampionVersion } from '../../storage/champion';
import { getDataset } from '../../storage/datasets';
import type { EstimoDb } from '../../storage/db';
import { ensureShippedVersion, getModelVersion } from '../../storage/models';
import { diamondsCsv, storeCsvDataset, storeDoneRun } from '../../test-support/registry-fixture';
import { readShippedBundle } from '../../test-support/shipped-model';
import { openTestDb } from '../../test-support/test-db';
import { useWasmBackend } from '../../test-support/tf-backend';
import type { MlApi, RetrainOutcome, RetrainProgress, RetrainRequest } from './api';
import { createMlService } from './ml-service';

const shipped = readShippedBundle();
/** Rows 1,000–1,599 of diamonds, with the header: a batch the champion never trained on. */
const BATCH = (() => {
  const lines = diamondsCsv(1600).split('\n');
  return [lines[0], ...lines.slice(1001)].join('\n');
})();

let db: EstimoDb;
let api: MlApi;

function retrainRequest(patch: Partial<RetrainRequest> = {}): RetrainRequest {
  return {
    runId: 'retrain-1',
    file: new File([BATCH], 'new-stock.csv'),
    data: 'reference-plus-batch',
    promotion: 'manual',
    ...patch,
  };
}

function expectDone(outcome: RetrainOutcome) {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

beforeAll(useWasmBackend);

beforeEach(async () => {
  db = await openTestDb();
  await ensureShippedVersion(db, shipped);
  api = createMlService({
    source: { loadActiveBundle: async () => ({ bundle: shipped, version: 1 }) },
    openDb: async () => db,
  });
  const datasetId = await storeCsvDataset(db, diamondsCsv(1000), 'diamonds-1000.csv');
  await storeDoneRun(db, { runId: 'run-a', datasetId, bundle: shipped });
  expect((await api.registerRun('run-a', 'always')).ok).toBe(true);
});

describe('retrainFromBatch', () => {
  it('trains Production on the training data plus the batch and compares on the batch', async () => {
    const phases: RetrainProgress['phase'][] = [];
    const outcome = expectDone(
      await api.retrainFromBatch(retrainRequest(), (progress) => {
        if (phases.at(-1) !== progress.phase) phases.push(progress.phase);
      }),
    );
    expect(phases).toEqual(['dataset', 'training', 'registering', 'comparing']);
    expect(outcome.datasetName).toBe('diamonds-1000 + new-stock');
    expect((await getDataset(db, outcome.datasetId))?.rowCount).toBe(1600);
    expect(outcome.run).toMatchObject({ preset: 'production', status: 'done', target: 'price' });
    expect(outcome.challenger).toMatchObject({ version: 3, datasetId: outcome.datasetId });
    if (!outcome.comparison.ok) throw new Error(outcome.comparison.message);
    expect(outcome.comparison.comparison).toMatchObject({ rows: 120, rowsUnpriced: 0 });
    expect(outcome.comparison.comparison.challenger.version).toBe(3);
    expect(outcome.comparison.comparison.champion.version).toBe(2);
    expect(outcome.comparison.comparison.challenger.rmse).toBeGreaterThan(0);
    expect(outcome.isPromoted).toBe(false);
    expect(await getChampionVersion(db)).toBe(2);
    const profile = (await getModelVersion(db, 3))?.referenceProfile;
    expect(isReferenceProfile(profile) && profile.rows).toBe(1280);
  }, 120_000);

  it('on the batch alone, promotes automatically exactly when the challenger is better', async () => {
    const outcome = expectDone(
      await api.retrainFromBatch(
        retrainRequest({ data: 'batch-only', promotion: 'auto' }),
        () => undefined,
      ),
    );
    expect((await getDataset(db, outcome.datasetId))?.rowCount).toBe(600);
    if (!outcome.comparison.ok) throw new Error(outcome.comparison.message);
    const { isChallengerBetter } = outcome.comparison.comparison;
    expect(outcome.isPromoted).toBe(isChallengerBetter);
    expect(await getChampionVersion(db)).toBe(isChallengerBetter ? 3 : 2);
  }, 120_000);

  it('refuses a batch without prices, naming the column, and stores nothing', async () => {
    const file = new File([diamondsCsv(100, ['price'])], 'no-prices.csv');
    const outcome = await api.retrainFromBatch(retrainRequest({ file }), () => undefined);
    expect(outcome).toEqual({
      ok: false,
      message: '"no-prices.csv" has no "price" column: a retrain needs actual prices.',
    });
    expect(await getModelVersion(db, 3)).toBeNull();
  });
});
