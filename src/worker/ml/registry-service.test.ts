import * as tf from '@tensorflow/tfjs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getChampionVersion, setChampion } from '../../storage/champion';
import { deleteDataset } from '../../storage/datasets';
import type { EstimoDb } from '../../storage/db';
import { ensureShippedVersion, listModelSummaries } from '../../storage/models';
import { getRun, getRunBundle } from '../../storage/runs';
import {
  diamondsCsv,
  storeCsvDataset,
  storeDoneRun,
  shiftedBundle,
} from '../../test-support/registry-fixture';
import { readShippedBundle } from '../../test-support/shipped-model';
import { openTestDb } from '../../test-support/test-db';
import { useWasmBackend } from '../../test-support/tf-backend';
import { createRegistryService } from './registry-service';
import type { ChampionComparison, ComparisonResult, RegisterOutcome } from './training-api';

const shipped = readShippedBundle();
/** 1,000 diamonds: 200 TEST rows (every fifth, from row 0). */
const CSV = diamondsCsv(1000);

let db: EstimoDb;
let datasetId: string;
let service: ReturnType<typeof createRegistryService>;

beforeAll(useWasmBackend);

beforeEach(async () => {
  db = await openTestDb();
  await ensureShippedVersion(db, shipped);
  datasetId = await storeCsvDataset(db, CSV, 'diamonds-1000.csv');
  service = createRegistryService(async () => db);
});

function expectRegistered(outcome: RegisterOutcome) {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

function expectCompared(result: ComparisonResult | null): ChampionComparison {
  if (!result?.ok) throw new Error(result?.message ?? 'no comparison');
  return result.comparison;
}

describe('registerRun', () => {
  it('registers a finished run with its lineage, compares it and leaves the champion (never)', async () => {
    await storeDoneRun(db, { runId: 'run-a', datasetId, bundle: shipped });
    const outcome = expectRegistered(await service.registerRun('run-a', 'never'));
    expect(outcome.version).toMatchObject({
      version: 2,
      source: 'run',
      runId: 'run-a',
      datasetId,
      isChampion: false,
    });
    expect(outcome.isPromoted).toBe(false);
    const comparison = expectCompared(outcome.comparison);
    expect(comparison.rows).toBe(200);
    expect(comparison.challenger.rmse).toBeCloseTo(comparison.champion.rmse, 6);
    expect(comparison.isChallengerBetter).toBe(false);
    expect((await getRun(db, 'run-a'))?.modelVersion).toBe(2);
    expect(await getRunBundle(db, 'run-a')).toBeNull();
    expect(await getChampionVersion(db)).toBe(1);
  });

  it('refuses a second register of the same run, naming its version', async () => {
    await storeDoneRun(db, { runId: 'run-a', datasetId, bundle: shipped });
    expectRegistered(await service.registerRun('run-a', 'never'));
    const again = await service.registerRun('run-a', 'always');
    expect(again).toEqual({ ok: false, message: expect.stringContaining('version 2') });
    expect(await listModelSummaries(db)).toHaveLength(2);
    expect(await getChampionVersion(db)).toBe(1);
  });

  it('refuses unknown, unfinished and model-less runs', async () => {
    await storeDoneRun(db, {
      runId: 'running',
      datasetId,
      bundle: shipped,
      patch: { status: 'running' },
    });
    await storeDoneRun(db, { runId: 'no-model', datasetId, bundle: null });
    const messages = await Promise.all(
      ['missing', 'running', 'no-model'].map(async (runId) => {
        const outcome = await service.registerRun(runId, 'always');
        return outcome.ok ? 'registered' : outcome.message;
      }),
    );
    expect(messages[0]).toContain('is not stored');
    expect(messages[1]).toContain('is running');
    expect(messages[2]).toContain('kept no model');
    expect(await listModelSummaries(db)).toHaveLength(1);
  });

  it('promotes if better only when the RMSE on the same rows is lower', async () => {
    await storeDoneRun(db, { runId: 'worse', datasetId, bundle: shiftedBundle(shipped, 0.3) });
    const worse = expectRegistered(await service.registerRun('worse', 'if-better'));
    expect(worse.isPromoted).toBe(false);
    expect(expectCompared(worse.comparison).isChallengerBetter).toBe(false);

    await setChampion(db, worse.version.version);
    await storeDoneRun(db, { runId: 'better', datasetId, bundle: shipped });
    const better = expectRegistered(await service.registerRun('better', 'if-better'));
    const comparison = expectCompared(better.comparison);
    expect(comparison.challenger.rmse).toBeLessThan(comparison.champion.rmse);
    expect(better.isPromoted).toBe(true);
    expect(better.version.isChampion).toBe(true);
    expect(await getChampionVersion(db)).toBe(better.version.version);
  });

  it('always promotes with "always"', async () => {
    await storeDoneRun(db, { runId: 'worse', datasetId, bundle: shiftedBundle(shipped, 0.3) });
    const outcome = expectRegistered(await service.registerRun('worse', 'always'));
    expect(outcome.isPromoted).toBe(true);
    expect(await getChampionVersion(db)).toBe(2);
  });
});

describe('compareWithChampion', () => {
  it('scores both models on the TEST rows in price units, leaking no tensor', async () => {
    await storeDoneRun(db, { runId: 'worse', datasetId, bundle: shiftedBundle(shipped, 0.3) });
    expectRegistered(await service.registerRun('worse', 'never'));
    const before = tf.memory().numTensors;
    const comparison = expectCompared(await service.compareWithChampion(2));
    expect(tf.memory().numTensors).toBe(before);
    expect(comparison).toMatchObject({ datasetId, rows: 200, rowsUnpriced: 0 });
    expect(comparison.champion.version).toBe(1);
    expect(comparison.champion.rmse).toBeGreaterThan(50);
    expect(comparison.champion.rmse).toBeLessThan(1500);
    expect(comparison.champion.r2).toBeGreaterThan(0.8);
    expect(comparison.challenger.mape).toBeGreaterThan(comparison.champion.mape);
  });

  it('says so when the version has no dataset, or its dataset was deleted', async () => {
    const shippedResult = await service.compareWithChampion(1);
    expect(shippedResult).toEqual({
      ok: false,
      message: expect.stringContaining('no stored dataset'),
    });
    await storeDoneRun(db, { runId: 'run-a', datasetId, bundle: shipped });
    expectRegistered(await service.registerRun('run-a', 'never'));
    await deleteDataset(db, datasetId);
    const gone = await service.compareWithChampion(2);
    expect(gone).toEqual({ ok: false, message: expect.stringContaining('no longer stored') });
    const unknown = await service.compareWithChampion(99);
    expect(unknown).toEqual({ ok: false, message: 'Model version 99 is not stored.' });
  });

  it('names the columns the champion needs that the dataset lacks, and a different target', async () => {
    const narrow = await storeCsvDataset(db, diamondsCsv(200, ['clarity', 'depth']), 'narrow.csv');
    await storeDoneRun(db, { runId: 'narrow', datasetId: narrow, bundle: shipped });
    const outcome = expectRegistered(await service.registerRun('narrow', 'if-better'));
    expect(outcome.isPromoted).toBe(false);
    const message = outcome.comparison?.ok === false ? outcome.comparison.message : '';
    expect(message).toContain('The champion (version 1) needs "clarity", "depth"');
    expect(message).toContain('narrow');

    const otherTarget = {
      ...shipped,
      signature: { ...shipped.signature, target: { ...shipped.signature.target, name: 'carat' } },
    };
    await storeDoneRun(db, { runId: 'carat', datasetId, bundle: otherTarget });
    const carat = expectRegistered(await service.registerRun('carat', 'never'));
    const refusal = carat.comparison?.ok === false ? carat.comparison.message : '';
    expect(refusal).toContain('predicts "price"');
    expect(refusal).toContain('predicts "carat"');
  });
});
