import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../data/csv';
import { frameFromCells, type FeatureKind, type Frame } from '../data/frame';
import { splitRows } from '../data/holdout';
import { driftReport } from './drift-report';
import { buildReferenceProfile } from './reference-profile';

/** `../shared/data` beside the repository; absent on machines without the datasets. */
const DATA_DIR = resolve(import.meta.dirname, '../../../../shared/data');
const GETAROUND = resolve(DATA_DIR, 'getaround/get_around_pricing_project.csv');

const KINDS: Record<string, FeatureKind> = {
  model_key: 'category',
  mileage: 'number',
  engine_power: 'number',
  fuel: 'category',
  paint_color: 'category',
  car_type: 'category',
  has_gps: 'boolean',
  automatic_car: 'boolean',
  rental_price_per_day: 'number',
};
const FEATURES = Object.keys(KINDS).filter((name) => name !== 'rental_price_per_day');

function loadGetaround(): Frame {
  const table = parseCsvText(readFileSync(GETAROUND, 'utf8'));
  return frameFromCells(table.header, table.rows, KINDS);
}

/** The frame's rows `rows`, column by column (a batch as the Monitor page would get it). */
function pick(frame: Frame, rows: Int32Array): Frame {
  const columns: Frame['columns'] = {};
  for (const [name, column] of Object.entries(frame.columns)) {
    columns[name] =
      column.kind === 'category'
        ? { kind: 'category', values: Array.from(rows, (i) => column.values[i] ?? null) }
        : { kind: column.kind, values: Float64Array.from(rows, (i) => column.values[i]!) };
  }
  return { rowCount: rows.length, columns };
}

describe.skipIf(!existsSync(GETAROUND))('drift on the Getaround rental prices', () => {
  const frame = loadGetaround();
  const split = splitRows(frame.rowCount);
  const training = Int32Array.from([...split.fit, ...split.validation]).sort();
  const profile = buildReferenceProfile(frame, training, {
    features: FEATURES,
    target: 'rental_price_per_day',
  });

  it('keeps a compact profile of the training rows', () => {
    expect(profile.rows).toBe(3874);
    expect(JSON.stringify(profile).length).toBeLessThan(120_000);
  });

  it('finds no drift in the holdout rows, which come from the same file', () => {
    const result = driftReport(profile, pick(frame, split.test));
    if (!result.ok) throw new Error(result.message);
    expect(result.report.features.map((f) => f.test)).toEqual([
      'jensen-shannon',
      'wasserstein',
      'wasserstein',
      'jensen-shannon',
      'jensen-shannon',
      'jensen-shannon',
      'jensen-shannon',
      'jensen-shannon',
    ]);
    expect(result.report.driftedCount).toBe(0);
    expect(result.report.target).toMatchObject({ test: 'wasserstein', isDrifted: false });
  });

  it('finds drift when the holdout cars have 60% more mileage and no GPS', () => {
    const batch = pick(frame, split.test);
    const mileage = batch.columns.mileage!.values as Float64Array;
    for (let i = 0; i < mileage.length; i++) mileage[i] = mileage[i]! * 1.6;
    (batch.columns.has_gps!.values as Float64Array).fill(0);
    const result = driftReport(profile, batch);
    if (!result.ok) throw new Error(result.message);
    const drifted = result.report.features.filter((f) => f.isDrifted).map((f) => f.name);
    expect(drifted).toEqual(['mileage', 'has_gps']);
    expect(result.report.isDatasetDrift).toBe(false);
  });
});
