import { describe, expect, it, vi } from 'vitest';
import { withFreshTestDb } from '../test-support/test-db';
import type { CodedColumn, NumericColumn } from '../core/data/ingest/table';
import { AppError } from '../lib/errors';
import { CHUNK_ROWS } from './column-chunks';
import { fixtureMeta, fixtureTable, tableDifference } from '../test-support/dataset-fixtures';
import { getDataset, loadDatasetTable, saveDataset } from './datasets';
import type { EstimoDb } from './db';

const NAME = 'datasets-test';
let db: EstimoDb;

withFreshTestDb(NAME, (opened) => {
  db = opened;
});

describe('tableDifference (the comparison these tests rely on)', () => {
  it('notices -0 for 0, a changed code, a changed level and a changed kept cell', () => {
    const table = fixtureTable(20);
    expect(tableDifference(fixtureTable(20), table)).toBeNull();
    const zero = fixtureTable(20);
    (zero.columns[0] as NumericColumn).values[5] = 0;
    expect(tableDifference(zero, table)).toBe('column 0 "price": data');
    const code = fixtureTable(20);
    (code.columns[5] as CodedColumn).codes[0] = -1;
    expect(tableDifference(code, table)).toBe('column 5 "cut": data');
    const level = fixtureTable(20);
    (level.columns[6] as CodedColumn).levels[0] = 'Moskva';
    expect(tableDifference(level, table)).toBe('column 6 "город": levels or kept cells');
    const kept = fixtureTable(20);
    (kept.columns[4] as NumericColumn).kept.cells[1] = 'xyz';
    expect(tableDifference(kept, table)).toBe('column 4 "area": levels or kept cells');
  });
});

describe('saveDataset and loadDatasetTable', () => {
  it('round-trips 200,000 rows × 9 columns exactly', async () => {
    const table = fixtureTable(200_000);
    const saved = await saveDataset(db, table, fixtureMeta('ds-big', table));
    expect(saved.status).toBe('created');
    expect(saved.meta).toMatchObject({ id: 'ds-big', rowCount: 200_000, target: 'price' });
    expect(saved.meta.columns[2]).toEqual({ name: 'is_new', type: 'boolean' });
    expect(await db.count('datasetChunks')).toBe(9 * Math.ceil(200_000 / CHUNK_ROWS));
    const loaded = await loadDatasetTable(db, 'ds-big');
    expect(tableDifference(loaded, table)).toBeNull();
    const price = loaded.columns[0] as NumericColumn;
    expect(Number.isNaN(price.values[3])).toBe(true);
    expect(Object.is(price.values[5], -0)).toBe(true);
    expect((loaded.columns[4] as NumericColumn).kept.cells).toEqual(['45-65', 'abc', 'inf']);
    expect(saved.meta.storedBytes).toBeGreaterThan(200_000 * (5 * 8 + 4 * 4));
  });

  it('keeps an empty table and a table of exactly one chunk', async () => {
    for (const rows of [0, CHUNK_ROWS]) {
      const table = fixtureTable(rows, rows + 3);
      await saveDataset(db, table, fixtureMeta(`ds-${rows}`, table));
      expect(tableDifference(await loadDatasetTable(db, `ds-${rows}`), table)).toBeNull();
    }
  });

  it('rewrites nothing when the same id is saved again', async () => {
    const table = fixtureTable(10);
    const first = await saveDataset(db, table, fixtureMeta('ds-a', table, { name: 'first' }));
    const other = fixtureTable(10, 99);
    const again = await saveDataset(db, other, fixtureMeta('ds-a', other, { name: 'second' }));
    expect(again).toEqual({ status: 'exists', meta: first.meta });
    expect(tableDifference(await loadDatasetTable(db, 'ds-a'), table)).toBeNull();
  });

  it('refuses a table whose columns disagree with its row count', async () => {
    const table = fixtureTable(10);
    await expect(
      saveDataset(db, { ...table, rowCount: 11 }, fixtureMeta('ds-x', table)),
    ).rejects.toThrow('Column "price" has 10 values, the table 11 rows.');
    expect(await db.count('datasets')).toBe(0);
  });

  it('lists a dataset only once all its columns are stored, telling each column as it is', async () => {
    const table = fixtureTable(1000);
    const saved: number[] = [];
    const listedMidway: Promise<unknown>[] = [];
    await saveDataset(db, table, fixtureMeta('ds-late', table), {
      onColumnSaved: (index) => {
        saved.push(index);
        listedMidway.push(getDataset(db, 'ds-late'));
      },
    });
    expect(saved).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await Promise.all(listedMidway)).toEqual(new Array(9).fill(null));
    expect(await getDataset(db, 'ds-late')).not.toBeNull();
  });

  it('clears what a save that never finished left under the same id', async () => {
    const table = fixtureTable(CHUNK_ROWS + 10);
    await db.put('datasetChunks', new ArrayBuffer(8), ['ds-again', 0, 7]);
    await db.put('datasetChunks', new ArrayBuffer(8), ['ds-again', 12, 0]);
    await saveDataset(db, table, fixtureMeta('ds-again', table));
    expect(tableDifference(await loadDatasetTable(db, 'ds-again'), table)).toBeNull();
    expect(await db.count('datasetChunks')).toBe(9 * 2);
  });

  it('says which dataset is missing', async () => {
    await expect(loadDatasetTable(db, 'ds-gone')).rejects.toMatchObject({
      code: 'STORAGE_NOT_FOUND',
      message: 'Dataset ds-gone is not stored (it may have been deleted in another tab).',
    });
  });
});

/** Makes the `nth` put into `store` fail as a full disk does. */
function failPut(store: string, nth: number): void {
  const originalPut = IDBObjectStore.prototype.put;
  let puts = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    if (this.name === store && ++puts === nth) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return originalPut.call(this, value, key);
  });
}

describe('when storage is full', () => {
  it('removes the columns already stored when the metadata cannot be written', async () => {
    const earlier = fixtureTable(1000);
    await saveDataset(db, earlier, fixtureMeta('ds-earlier', earlier));
    failPut('datasets', 1);
    const table = fixtureTable(1000, 7);
    const saving = saveDataset(db, table, fixtureMeta('ds-new', table));
    await expect(saving).rejects.toMatchObject({ code: 'STORAGE_QUOTA' });
    vi.restoreAllMocks();
    expect(await getDataset(db, 'ds-new')).toBeNull();
    expect(await db.count('datasetColumns')).toBe(9);
    expect(await db.count('datasetChunks')).toBe(9);
    expect(tableDifference(await loadDatasetTable(db, 'ds-earlier'), earlier)).toBeNull();
  });

  it('throws STORAGE_QUOTA naming the dataset and its size, and keeps earlier datasets', async () => {
    const earlier = fixtureTable(1000);
    await saveDataset(db, earlier, fixtureMeta('ds-earlier', earlier));
    failPut('datasetChunks', 3);
    const table = fixtureTable(1000, 7);
    const error: unknown = await saveDataset(
      db,
      table,
      fixtureMeta('ds-new', table, { name: 'rents' }),
    ).then(
      () => null,
      (caught: unknown) => caught,
    );
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('STORAGE_QUOTA');
    expect((error as AppError).message).toMatch(/could not save dataset "rents" \(\d+\.\d KB\)/);
    expect(await getDataset(db, 'ds-new')).toBeNull();
    expect(await db.count('datasetColumns')).toBe(9);
    expect(await db.count('datasetChunks')).toBe(9);
    expect(tableDifference(await loadDatasetTable(db, 'ds-earlier'), earlier)).toBeNull();
  });
});
