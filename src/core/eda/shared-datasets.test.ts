import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnType } from '../data/column-typing';
import { ingestCsvBytes } from '../data/ingest/ingest-stream';
import type { CellQuirkCounts } from '../data/ingest/report';
import { profileTable } from './profile-table';
import type { AlertKind } from './types';

/** `../shared/data` beside the repository; absent on machines without the datasets. */
const DATA_DIR = resolve(import.meta.dirname, '../../../../shared/data');
const HAS_DATA = existsSync(DATA_DIR);

interface DatasetCase {
  file: string;
  target: string;
  /** Data rows counted with Python's csv module. */
  rows: number;
  columns: number;
  types: Record<string, ColumnType>;
  quirks?: Record<string, Partial<CellQuirkCounts>>;
  missing?: Record<string, number>;
  duplicates: number;
  medianTarget: number;
  /** Alerts that must be raised, as [kind, column]; column '' for table-wide alerts. */
  alerts: [AlertKind, string][];
}

const CASES: DatasetCase[] = [
  {
    file: 'getaround/get_around_pricing_project.csv',
    target: 'rental_price_per_day',
    rows: 4843,
    columns: 15,
    types: { column_1: 'id', model_key: 'category', mileage: 'number', has_gps: 'boolean' },
    duplicates: 0,
    medianTarget: 119,
    alerts: [
      ['id-like', 'column_1'],
      ['imbalanced', 'fuel'],
    ],
  },
  {
    file: 'uk-used-cars/all.csv',
    target: 'price',
    rows: 99187,
    columns: 10,
    types: { model: 'category', year: 'number', fuelType: 'category', engineSize: 'number' },
    quirks: { model: { straySpaces: 99183 } },
    duplicates: 1475,
    medianTarget: 14495,
    alerts: [
      ['duplicates', ''],
      ['high-cardinality', 'model'],
      ['messy-values', 'model'],
      ['skewed', 'price'],
    ],
  },
  {
    file: 'belo-horizonte/data_kaggle_2021.csv',
    target: 'price',
    rows: 5981,
    columns: 10,
    types: {
      'square-foot': 'number',
      rooms: 'number',
      'garage-places': 'number',
      city: 'category',
    },
    quirks: {
      'square-foot': { range: 62, placeholder: 1 },
      rooms: { range: 27, placeholder: 504 },
      'garage-places': { range: 28, placeholder: 553 },
      city: { straySpaces: 5957 },
    },
    missing: { 'adm-fees': 2004, price: 30, neighborhood: 24 },
    duplicates: 0,
    medianTarget: 680000,
    alerts: [
      ['many-missing', 'adm-fees'],
      ['target-missing', 'price'],
      ['messy-values', 'square-foot'],
      ['messy-values', 'rooms'],
      ['imbalanced', 'city'],
      ['duplicates', ''],
    ],
  },
  {
    file: 'brazil-houses-to-rent/houses_to_rent_v2.csv',
    target: 'rent amount',
    rows: 10692,
    columns: 13,
    types: { city: 'category', floor: 'number', animal: 'category', 'fire insurance': 'number' },
    quirks: { floor: { placeholder: 2461 } },
    duplicates: 358,
    medianTarget: 2661,
    alerts: [
      ['target-leak', 'fire insurance'],
      ['target-leak', 'total'],
      ['many-zeros', 'hoa'],
      ['duplicates', ''],
    ],
  },
  {
    file: 'autoru-small/auto_ru.csv',
    target: 'Цена, руб',
    rows: 6041,
    columns: 13,
    types: {
      'Цена, руб': 'number',
      'Мощность двигателя, л': 'number',
      'Пробег, км': 'number',
      Марка: 'category',
    },
    quirks: { 'Мощность двигателя, л': { decimalComma: 2290 } },
    duplicates: 121,
    medianTarget: 2850000,
    alerts: [
      ['duplicates', ''],
      ['high-cardinality', 'Город продажи'],
      ['messy-values', 'Мощность двигателя, л'],
    ],
  },
];

const title = HAS_DATA
  ? `real datasets in ${DATA_DIR}`
  : `real datasets (SKIPPED: ${DATA_DIR} is absent; it holds the shared data beside the repo)`;

describe.skipIf(!HAS_DATA)(title, () => {
  it.each(CASES)('$file: rows, types, quirks and alerts', (c) => {
    const bytes = readFileSync(resolve(DATA_DIR, c.file));
    const { table, report } = ingestCsvBytes(bytes, { chunkBytes: 64 * 1024 });
    expect(table.rowCount).toBe(c.rows);
    expect(table.columns).toHaveLength(c.columns);
    const byName = new Map(report.columns.map((column) => [column.name, column]));
    for (const [name, type] of Object.entries(c.types))
      expect(byName.get(name)?.type, name).toBe(type);
    for (const [name, quirks] of Object.entries(c.quirks ?? {})) {
      expect(byName.get(name)?.quirks, name).toMatchObject(quirks);
    }
    for (const [name, missing] of Object.entries(c.missing ?? {})) {
      expect(byName.get(name)?.missing, name).toBe(missing);
    }
    const eda = profileTable(table, { target: c.target, ingestReport: report });
    expect(eda.duplicates.count).toBe(c.duplicates);
    expect(eda.target?.summary.q50).toBe(c.medianTarget);
    const raised = eda.alerts.map((alert) => `${alert.kind}:${alert.column ?? ''}`);
    for (const [kind, column] of c.alerts) expect(raised).toContain(`${kind}:${column}`);
    expect(raised.filter((alert) => alert.startsWith('target-leak'))).toHaveLength(
      c.alerts.filter(([kind]) => kind === 'target-leak').length,
    );
  });

  it('reads the Belo Horizonte rows that repeat another in all but the price', () => {
    const bytes = readFileSync(resolve(DATA_DIR, 'belo-horizonte/data_kaggle_2021.csv'));
    const { table } = ingestCsvBytes(bytes);
    expect(profileTable(table, { target: 'price' }).duplicates.ignoringTarget).toBe(199);
  });

  it('gives a file the same dataset id whatever the chunk size', () => {
    const bytes = readFileSync(resolve(DATA_DIR, 'autoru-small/auto_ru.csv'));
    const small = ingestCsvBytes(bytes, { chunkBytes: 4096 });
    const large = ingestCsvBytes(bytes, { chunkBytes: 1 << 20 });
    expect(small.datasetId).toBe(large.datasetId);
    expect(small.report.lineEnding).toBe('crlf');
  });
});
