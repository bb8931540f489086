import { describe, expect, it } from 'vitest';
import { listDatasets, loadDatasetTable } from '../../storage/datasets';
import { openTestDb } from '../../test-support/test-db';
import type { IngestOutcome, IngestProgressEvent } from './dataset-api';
import { createDatasetService, datasetNameOf } from './dataset-service';
import { RunRegistry } from './run-registry';

const CSV = [
  'id;brand;engine;automatic;fee;price',
  ...Array.from({ length: 60 }, (_, i) => {
    const price = 1000 + i * 37;
    return `X${i};${['a', 'b', 'c'][i % 3]};${1 + (i % 5)},${i % 10};${i % 2 ? 'yes' : 'no'};${price / 10};${price}`;
  }),
].join('\r\n');

function setUp() {
  const db = openTestDb();
  const service = createDatasetService(() => db, new RunRegistry());
  const events: IngestProgressEvent[] = [];
  const ingest = (text: string, name = 'cars.csv', runId = 'run-1'): Promise<IngestOutcome> =>
    service.ingestDataset({ runId, file: new File([text], name) }, (event) => events.push(event));
  return { db, service, events, ingest };
}

function expectDone(outcome: IngestOutcome) {
  if (outcome.status !== 'done') throw new Error(`ingest ended ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('dataset service', () => {
  it('reads, profiles and stores a CSV once, guessing the price column', async () => {
    const { db, ingest, events } = setUp();
    const first = expectDone(await ingest(CSV));
    expect(first.isNew).toBe(true);
    expect(first.dataset.name).toBe('cars');
    expect(first.dataset.rowCount).toBe(60);
    expect(first.dataset.target).toBe('price');
    expect(first.dataset.columns.map((c) => c.type)).toEqual([
      'id',
      'category',
      'number',
      'boolean',
      'number',
      'number',
    ]);
    const leak = first.dataset.eda?.alerts.find((alert) => alert.kind === 'target-leak');
    expect(leak?.column).toBe('fee');
    expect(events.map((event) => event.phase)).toEqual(
      expect.arrayContaining(['reading', 'profiling', 'saving']),
    );
    const table = await loadDatasetTable(await db, first.dataset.id);
    const engine = table.columns[2]!;
    expect(engine.type === 'number' && Array.from(engine.values.slice(0, 3))).toEqual([
      1, 2.1, 3.2,
    ]);

    const again = expectDone(await ingest(CSV, 'copy.csv', 'run-2'));
    expect(again.isNew).toBe(false);
    expect(again.dataset.id).toBe(first.dataset.id);
    expect(await listDatasets(await db)).toHaveLength(1);
  });

  it('keeps a type edit, re-profiles, and moves the target off a column that is no longer a number', async () => {
    const { service, ingest } = setUp();
    const { dataset } = expectDone(await ingest(CSV));
    const edited = await service.setColumnType({
      datasetId: dataset.id,
      column: 'engine',
      type: 'category',
    });
    if (!edited.ok) throw new Error(edited.message);
    expect(edited.dataset.columns[2]).toEqual({ name: 'engine', type: 'category' });
    expect(edited.dataset.typeEdits).toEqual({ engine: 'category' });
    const levels = edited.dataset.eda?.columns[2]?.top?.levels.map((entry) => entry.level);
    expect(levels).toEqual(expect.arrayContaining(['1', '2.1', '3.2']));

    const noTarget = await service.setColumnType({
      datasetId: dataset.id,
      column: 'price',
      type: 'text',
    });
    expect(noTarget.ok && noTarget.dataset.target).toBeNull();
    const back = await service.setDatasetTarget(dataset.id, 'fee');
    expect(back.ok && back.dataset.eda?.target?.name).toBe('fee');
  });

  it('refuses bad files with a message and leaves stored datasets untouched', async () => {
    const { db, ingest } = setUp();
    expectDone(await ingest(CSV));
    const empty = await ingest('', 'empty.csv', 'run-2');
    expect(empty).toEqual({ status: 'failed', message: expect.stringContaining('empty') });
    const headerOnly = await ingest('price,brand\n', 'head.csv', 'run-3');
    expect(headerOnly).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('no data rows'),
    });
    const stored = await listDatasets(await db);
    expect(stored.map((meta) => meta.rowCount)).toEqual([60]);
  });

  it('a cancel before the first chunk stores nothing', async () => {
    const db = openTestDb();
    const runs = new RunRegistry();
    const service = createDatasetService(() => db, runs);
    runs.cancel('early');
    const outcome = await service.ingestDataset(
      { runId: 'early', file: new File([CSV], 'cars.csv') },
      () => undefined,
    );
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(await listDatasets(await db)).toHaveLength(0);
  });

  it('names a dataset after its file', () => {
    expect(datasetNameOf('rents 2024.CSV')).toBe('rents 2024');
    expect(datasetNameOf('.csv')).toBe('dataset');
  });
});
