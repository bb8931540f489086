import { describe, expect, it } from 'vitest';
import { listBulkRuns } from '../../storage/prediction-log';
import { openTestDb } from '../../test-support/test-db';
import type { BulkRequest, BulkResult, BulkSummary } from './bulk-api';
import { bulkLogEntry, withBulkLog } from './log-bulk-run';

const request = { file: new File(['x'], 'stock.csv') } as BulkRequest;
const done: BulkResult = {
  status: 'done',
  summary: {
    rows: 3,
    scored: 2,
    errors: 1,
    elapsedMs: 120,
    outputHeader: ['carat', 'cut', 'predicted_price', 'estimate_error'],
    previewRows: [
      ['0.3', 'Ideal', '512.5', ''],
      ['x', 'Good', '', 'carat is not a number'],
      ['1.1', 'Fair', '4100', ''],
    ],
  } as BulkSummary,
  output: null,
  outputName: 'stock-estimates.csv',
  outputBytes: 10,
};

describe('bulk run log', () => {
  it('logs counts and the priced preview rows as the sample', () => {
    const entry = bulkLogEntry(request, done, { version: 3, target: 'price', elapsedMs: 999 });
    expect(entry).toMatchObject({ modelVersion: 3, fileName: 'stock.csv', state: 'done', rows: 3 });
    expect(entry.elapsedMs).toBe(120);
    expect(entry.sample).toEqual([
      { inputs: { carat: '0.3', cut: 'Ideal' }, value: 512.5 },
      { inputs: { carat: '1.1', cut: 'Fair' }, value: 4100 },
    ]);
  });

  it('logs a cancelled run with the rows done and the time spent', async () => {
    const cancelled: BulkResult = { status: 'cancelled', rowsDone: 40 };
    const entry = bulkLogEntry(request, cancelled, { version: 1, target: 'price', elapsedMs: 50 });
    expect(entry).toMatchObject({ state: 'cancelled', rows: 40, scored: 0, elapsedMs: 50 });
    const db = openTestDb();
    expect(await withBulkLog(() => db, entry, cancelled)).toEqual(cancelled);
    expect((await listBulkRuns(await db)).map((run) => run.rows)).toEqual([40]);
  });

  it('never fails the run when the log cannot be written', async () => {
    const entry = bulkLogEntry(request, done, { version: 1, target: 'price', elapsedMs: 1 });
    const result = await withBulkLog(() => Promise.reject(new Error('disk gone')), entry, done);
    expect(result).toMatchObject({
      status: 'done',
      logMessage: 'This run was not logged: disk gone',
    });
  });
});
