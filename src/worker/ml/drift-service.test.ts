import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isReferenceProfile } from '../../core/drift';
import type { EstimoDb } from '../../storage/db';
import { listDriftReports } from '../../storage/drift-reports';
import { logBulkRun, logPrediction } from '../../storage/prediction-log';
import { ensureShippedVersion, getModelVersion } from '../../storage/models';
import { DIAMOND_FEATURES } from '../../test-support/diamonds';
import { diamondsCsv, storeCsvDataset, storeDoneRun } from '../../test-support/registry-fixture';
import { readShippedBundle } from '../../test-support/shipped-model';
import { openTestDb } from '../../test-support/test-db';
import { useWasmBackend } from '../../test-support/tf-backend';
import { createDriftService } from './drift-service';
import type { DriftCheckOutcome, FileDriftRequest } from './monitor-api';
import { createRegistryService } from './registry-service';

const shipped = readShippedBundle();
const CSV = diamondsCsv(1000);

let db: EstimoDb;
let drift: ReturnType<typeof createDriftService>;

/** diamonds rows with some numeric columns transformed. */
function shiftedCsv(csv: string, shifts: Record<string, (value: number) => number>): string {
  const [header, ...rows] = csv.split('\n');
  const names = header!.split(',');
  const shifted = rows.map((row) =>
    row
      .split(',')
      .map((cell, j) => {
        const shift = shifts[names[j]!];
        return shift ? String(shift(Number(cell))) : cell;
      })
      .join(','),
  );
  return [header, ...shifted].join('\n');
}

function request(text: string, name = 'batch.csv'): FileDriftRequest {
  return { file: new File([text], name), method: 'auto', performanceThresholdPercent: 10 };
}

function expectReport(outcome: DriftCheckOutcome) {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.record.report;
}

beforeAll(useWasmBackend);

beforeEach(async () => {
  db = await openTestDb();
  await ensureShippedVersion(db, shipped);
  drift = createDriftService(async () => db);
});

describe('drift without a reference', () => {
  it('says the shipped champion has no reference profile', async () => {
    const outcome = await drift.checkFileDrift(request(CSV));
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(/version 1, shipped\) has no reference profile/),
    });
  });
});

describe('drift against a registered version', () => {
  beforeEach(async () => {
    const datasetId = await storeCsvDataset(db, CSV, 'diamonds-1000.csv');
    await storeDoneRun(db, { runId: 'run-a', datasetId, bundle: shipped });
    const registered = await createRegistryService(async () => db).registerRun('run-a', 'always');
    if (!registered.ok || !registered.isPromoted) throw new Error('not promoted');
  });

  it('keeps a binned reference of the training rows (not TEST rows) at registration', async () => {
    const profile = (await getModelVersion(db, 2))?.referenceProfile;
    if (!isReferenceProfile(profile)) throw new Error('no profile');
    expect(profile.rows).toBe(800);
    expect(profile.features.map((feature) => feature.name)).toEqual(DIAMOND_FEATURES);
    expect(profile.target?.name).toBe('price');
    expect(profile.target?.count).toBe(800);
    expect(JSON.stringify(profile).length).toBeLessThan(400_000);
  });

  it('finds no drift in a batch drawn like the training data, checks performance and saves', async () => {
    const report = expectReport(await drift.checkFileDrift(request(CSV)));
    expect(report.modelVersion).toBe(2);
    expect(report.drift.testedCount).toBe(9);
    expect(report.drift.driftedCount).toBe(0);
    expect(report.drift.isDatasetDrift).toBe(false);
    expect(
      report.drift.features.every(
        (feature) => feature.test === 'ks' || feature.test === 'chi-square',
      ),
    ).toBe(true);
    expect(report.performance?.ok).toBe(true);
    if (report.performance?.ok) {
      expect(report.performance.drift.batch.rmse).toBeGreaterThan(0);
      expect(report.performance.drift.reference.rmse).toBe(shipped.card.test.rmse);
    }
    const saved = await listDriftReports(db);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ name: 'batch.csv', modelVersion: 2 });
  });

  it('flags shifted features and dataset drift', async () => {
    const shifted = shiftedCsv(CSV, {
      carat: (v) => v * 1.6,
      x: (v) => v * 1.2,
      y: (v) => v * 1.2,
      z: (v) => v * 1.2,
      depth: (v) => v + 3,
    });
    const report = expectReport(await drift.checkFileDrift(request(shifted, 'shifted.csv')));
    const drifted = report.drift.features.filter((f) => f.isDrifted).map((f) => f.name);
    expect(drifted).toEqual(['carat', 'depth', 'x', 'y', 'z']);
    expect(report.drift.driftShare).toBeCloseTo(5 / 9, 12);
    expect(report.drift.isDatasetDrift).toBe(true);
  });

  it('answers bad batches with messages naming the rows or columns', async () => {
    const oneRow = diamondsCsv(1);
    expect(await drift.checkFileDrift(request(oneRow, 'one.csv'))).toEqual({
      ok: false,
      message: expect.stringMatching(/"one.csv": The batch has 1 row; .* at least 30/),
    });
    const wrong = 'a,b\n1,2\n3,4\n';
    expect(await drift.checkFileDrift(request(wrong, 'wrong.csv'))).toEqual({
      ok: false,
      message: expect.stringMatching(
        /none of the model's columns \(carat, .*\); its columns are: a, b/,
      ),
    });
    const partial = diamondsCsv(200, ['clarity', 'price']);
    const report = expectReport(await drift.checkFileDrift(request(partial)));
    expect(report.drift.missingColumns).toEqual(['clarity']);
    expect(report.performance).toBeNull();
  });

  it('reports a feature all missing and levels never seen in training, without failing', async () => {
    const lines = CSV.split('\n');
    const names = lines[0]!.split(',');
    const [table, cut] = [names.indexOf('table'), names.indexOf('cut')];
    const edited = lines.map((line, i) => {
      if (i === 0) return line;
      const cells = line.split(',');
      cells[table] = '';
      if (i % 4 === 0) cells[cut] = 'Astonishing';
      return cells.join(',');
    });
    const report = expectReport(await drift.checkFileDrift(request(edited.join('\n'))));
    const tableDrift = report.drift.features.find((f) => f.name === 'table')!;
    expect(tableDrift.status).toBe('empty-batch');
    const cutDrift = report.drift.features.find((f) => f.name === 'cut')!;
    expect(cutDrift.unseen?.rows).toBe(250);
    expect(cutDrift.isDrifted).toBe(true);
    expect(report.drift.warnings.join(' ')).toMatch(
      /"cut": 250 rows hold levels never seen in training/,
    );
  });

  it('checks the inputs logged in a window (estimates and bulk samples) against the champion', async () => {
    const rows = CSV.split('\n').slice(1, 61);
    const names = CSV.split('\n')[0]!.split(',');
    const inputsOf = (line: string) =>
      Object.fromEntries(line.split(',').map((cell, j) => [names[j]!, cell]));
    for (const [i, line] of rows.slice(0, 40).entries()) {
      const entry = {
        at: 1_000 + i,
        modelVersion: 2,
        inputs: inputsOf(line),
        value: 500,
        low: 400,
        high: 600,
        latencyMs: 3,
      };
      await logPrediction(db, entry);
    }
    const sample = rows.slice(40).map((line) => ({ inputs: inputsOf(line), value: 500 }));
    const bulk = {
      at: 1_500,
      modelVersion: 2,
      fileName: 'stock.csv',
      state: 'done' as const,
      rows: 20,
      scored: 20,
      errors: 0,
      elapsedMs: 5,
      sample,
    };
    await logBulkRun(db, bulk);
    const settings = { method: 'auto' as const, performanceThresholdPercent: 10 };
    const report = expectReport(await drift.checkLogDrift({ since: 0, until: 2_000, ...settings }));
    expect(report.source).toEqual({ kind: 'log', since: 0, until: 2_000 });
    expect(report.drift.currentRows).toBe(60);
    expect(report.drift.testedCount).toBe(9);
    expect(report.performance).toBeNull();
    const narrow = await drift.checkLogDrift({ since: 1_000, until: 1_001, ...settings });
    expect(narrow).toEqual({
      ok: false,
      message: expect.stringMatching(/^Logged inputs in this window: The batch has 1 row;/),
    });
  });
});
