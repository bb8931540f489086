import { describe, expect, it } from 'vitest';
import { withFreshTestDb } from '../test-support/test-db';
import type { EstimoDb } from './db';
import {
  deleteDriftReport,
  getDriftReport,
  listDriftReports,
  saveDriftReport,
  type DriftReportRecord,
} from './drift-reports';

const NAME = 'drift-test';
let db: EstimoDb;

withFreshTestDb(NAME, (opened) => {
  db = opened;
});

interface Payload {
  share: number;
  columns: { name: string; psi: number; isDrifted: boolean }[];
}

function report(id: string, createdAt: string): DriftReportRecord<Payload> {
  return {
    id,
    createdAt,
    modelVersion: 3,
    name: `${id}.csv`,
    report: { share: 0.5, columns: [{ name: 'carat', psi: 0.31, isDrifted: true }] },
  };
}

describe('drift reports', () => {
  it('saves, lists newest first, reads and deletes', async () => {
    await saveDriftReport(db, report('jan', '2024-01-10T00:00:00.000Z'));
    await saveDriftReport(db, report('mar', '2024-03-10T00:00:00.000Z'));
    await saveDriftReport(db, report('feb', '2024-02-10T00:00:00.000Z'));
    expect((await listDriftReports<Payload>(db)).map((r) => r.id)).toEqual(['mar', 'feb', 'jan']);
    expect(await getDriftReport<Payload>(db, 'feb')).toEqual(
      report('feb', '2024-02-10T00:00:00.000Z'),
    );
    expect(await deleteDriftReport(db, 'feb')).toBe(true);
    expect(await deleteDriftReport(db, 'feb')).toBe(false);
    expect(await getDriftReport(db, 'feb')).toBeNull();
    expect((await listDriftReports(db)).map((r) => r.id)).toEqual(['mar', 'jan']);
  });

  it('replaces a report saved again under the same id', async () => {
    await saveDriftReport(db, report('x', '2024-01-01T00:00:00.000Z'));
    await saveDriftReport(db, { ...report('x', '2024-01-02T00:00:00.000Z'), name: 'again' });
    expect(await listDriftReports(db)).toMatchObject([{ id: 'x', name: 'again' }]);
  });
});
