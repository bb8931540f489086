import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { AppError } from '../../lib/errors';
import type { EstimoDb } from '../../storage/db';
import { ensureShippedVersion } from '../../storage/models';
import { diamondsCsv, storeCsvDataset, storeDoneRun } from '../../test-support/registry-fixture';
import { readShippedBundle } from '../../test-support/shipped-model';
import { openTestDb } from '../../test-support/test-db';
import { useWasmBackend } from '../../test-support/tf-backend';
import { createDriftService } from './drift-service';
import { createRegistryService } from './registry-service';

vi.mock('../../storage/drift-reports', () => ({
  saveDriftReport: () =>
    Promise.reject(
      new AppError('STORAGE_QUOTA', 'Storage is full: the drift report was not saved.'),
    ),
}));

const shipped = readShippedBundle();
let db: EstimoDb;

beforeAll(useWasmBackend);

beforeEach(async () => {
  db = await openTestDb();
  await ensureShippedVersion(db, shipped);
  const datasetId = await storeCsvDataset(db, diamondsCsv(500), 'diamonds-500.csv');
  await storeDoneRun(db, { runId: 'run-a', datasetId, bundle: shipped });
  await createRegistryService(async () => db).registerRun('run-a', 'always');
});

it('still shows a report it could not save (storage full), saying so', async () => {
  const drift = createDriftService(async () => db);
  const file = new File([diamondsCsv(200)], 'batch.csv');
  const outcome = await drift.checkFileDrift({
    file,
    method: 'auto',
    performanceThresholdPercent: 10,
  });
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.saveProblem).toBe(
    'The report is shown but was not saved: Storage is full: the drift report was not saved.',
  );
  expect(outcome.record.report.drift.testedCount).toBe(9);
});
