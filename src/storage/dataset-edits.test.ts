import { describe, expect, it } from 'vitest';
import { withFreshTestDb } from '../test-support/test-db';
import type { CodedColumn, NumericColumn } from '../core/data/ingest/table';
import type { EdaReport } from '../core/eda/types';
import { CHUNK_ROWS } from './column-chunks';
import {
  fixtureMeta,
  fixtureReport,
  fixtureTable,
  tableDifference,
} from '../test-support/dataset-fixtures';
import {
  deleteDataset,
  getDataset,
  listDatasets,
  loadDatasetTable,
  renameDataset,
  replaceDatasetColumn,
  saveDataset,
  updateDatasetMeta,
} from './datasets';
import type { EstimoDb } from './db';

const NAME = 'dataset-edits-test';
const EDA = { rowCount: 1 } as EdaReport;
let db: EstimoDb;

withFreshTestDb(NAME, (opened) => {
  db = opened;
});

describe('listing, renaming, updating and deleting', () => {
  it('lists datasets newest first', async () => {
    const table = fixtureTable(5);
    const times = [
      '2024-03-01T00:00:00.000Z',
      '2024-01-01T00:00:00.000Z',
      '2024-02-01T00:00:00.000Z',
    ];
    for (const [i, createdAt] of times.entries()) {
      await saveDataset(db, table, fixtureMeta(`ds-${i}`, table, { createdAt }));
    }
    expect((await listDatasets(db)).map((meta) => meta.id)).toEqual(['ds-0', 'ds-2', 'ds-1']);
  });

  it('renames with a trimmed name and refuses an empty one', async () => {
    const table = fixtureTable(5);
    await saveDataset(db, table, fixtureMeta('ds-r', table));
    expect((await renameDataset(db, 'ds-r', '  Rents 2024 ')).name).toBe('Rents 2024');
    await expect(renameDataset(db, 'ds-r', '   ')).rejects.toMatchObject({
      code: 'STORAGE_REFUSED',
      message: 'A dataset needs a name: the new name is empty.',
    });
    expect((await getDataset(db, 'ds-r'))?.name).toBe('Rents 2024');
    await expect(renameDataset(db, 'ds-none', 'x')).rejects.toMatchObject({
      code: 'STORAGE_NOT_FOUND',
    });
  });

  it('updates target and EDA, leaving fields not given as they were', async () => {
    const table = fixtureTable(5);
    await saveDataset(db, table, fixtureMeta('ds-u', table));
    const updated = await updateDatasetMeta(db, 'ds-u', { target: 'carat', eda: EDA });
    expect(updated).toMatchObject({ target: 'carat', eda: EDA, name: 'ds-u' });
    expect(await updateDatasetMeta(db, 'ds-u', { target: null })).toMatchObject({
      target: null,
      eda: EDA,
    });
    await expect(updateDatasetMeta(db, 'ds-u', { target: 'nope' })).rejects.toThrow(
      '"nope" is not a column of dataset "ds-u", so it cannot be the target.',
    );
  });

  it('deletes the metadata, column records and chunks of one dataset only', async () => {
    const table = fixtureTable(CHUNK_ROWS + 10);
    await saveDataset(db, table, fixtureMeta('ds-keep', table));
    await saveDataset(db, table, fixtureMeta('ds-drop', table));
    expect(await deleteDataset(db, 'ds-drop')).toBe(true);
    expect(await deleteDataset(db, 'ds-drop')).toBe(false);
    expect(await db.count('datasetChunks')).toBe(18);
    expect(await db.count('datasetColumns')).toBe(9);
    expect((await listDatasets(db)).map((meta) => meta.id)).toEqual(['ds-keep']);
    expect(tableDifference(await loadDatasetTable(db, 'ds-keep'), table)).toBeNull();
  });
});

describe('replaceDatasetColumn', () => {
  it('swaps one column for its re-typed version and updates the metadata together', async () => {
    const table = fixtureTable(CHUNK_ROWS + 10);
    const { meta } = await saveDataset(db, table, fixtureMeta('ds-t', table));
    const year = table.columns[3] as NumericColumn;
    const retyped: CodedColumn = {
      name: 'year',
      type: 'category',
      codes: Int32Array.from(year.values, (value) => value - 1990),
      levels: Array.from({ length: 35 }, (_, i) => String(1990 + i)),
    };
    const columns = table.columns.map((column, index) => (index === 3 ? retyped : column));
    const report = fixtureReport({ ...table, columns });
    const updated = await replaceDatasetColumn(db, 'ds-t', 3, retyped, {
      ingestReport: report,
      eda: EDA,
      target: 'carat',
      typeEdit: { column: 'year', type: 'category' },
    });
    expect(updated.columns[3]).toEqual({ name: 'year', type: 'category' });
    expect(updated).toMatchObject({ typeEdits: { year: 'category' }, eda: EDA, target: 'carat' });
    expect(updated.ingestReport.columns[3]?.type).toBe('category');
    // Float64 values (8 bytes a row) became Int32 codes (4 bytes) plus the levels' text.
    expect(meta.storedBytes - updated.storedBytes).toBe((CHUNK_ROWS + 10) * 4 - 2 * 4 * 35);
    expect(await getDataset(db, 'ds-t')).toEqual(updated);
    expect(tableDifference(await loadDatasetTable(db, 'ds-t'), { ...table, columns })).toBeNull();
    expect(await db.count('datasetChunks')).toBe(18);
  });

  it('refuses a column of the wrong length and changes nothing', async () => {
    const table = fixtureTable(20);
    const { meta } = await saveDataset(db, table, fixtureMeta('ds-w', table));
    const short = fixtureTable(19).columns[0]!;
    await expect(
      replaceDatasetColumn(db, 'ds-w', 0, short, { ingestReport: meta.ingestReport, eda: null }),
    ).rejects.toThrow('Column "price" has 19 values; dataset "ds-w" has 20 rows.');
    await expect(
      replaceDatasetColumn(db, 'ds-w', 9, table.columns[0]!, {
        ingestReport: meta.ingestReport,
        eda: null,
      }),
    ).rejects.toThrow('Dataset "ds-w" has no column 9 (it has 9).');
    expect(await getDataset(db, 'ds-w')).toEqual(meta);
    expect(tableDifference(await loadDatasetTable(db, 'ds-w'), table)).toBeNull();
  });
});
