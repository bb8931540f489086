import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors';
import { ingestCsvText } from '../data/ingest/ingest-stream';
import { createRandom } from '../random';
import { profileTable } from './profile-table';

/** A generated rental table: price follows area; insurance is a fixed share of the price. */
function rentals(rowCount: number): string {
  const random = createRandom(3);
  const lines = ['area,city,furnished,insurance,constant,notes,price'];
  for (let i = 0; i < rowCount; i++) {
    const area = Math.round(30 + random() * 100);
    const city = ['Rio', 'Sao Paulo', 'Campinas'][i % 3]!;
    const price = area * 40 + (city === 'Rio' ? 500 : 0) + Math.round(random() * 3000);
    const area_ = i % 10 === 0 ? '' : String(area);
    lines.push(`${area_},${city},${i % 2 ? 'yes' : 'no'},${price * 0.013},1,,${price}`);
  }
  return lines.join('\n');
}

describe('profileTable', () => {
  const { table, report } = ingestCsvText(rentals(500));
  const eda = profileTable(table, { target: 'price', ingestReport: report });
  const profile = (name: string) => eda.columns.find((c) => c.name === name)!;
  const alertsOf = (kind: string) => eda.alerts.filter((a) => a.kind === kind).map((a) => a.column);

  it('profiles every column by its type', () => {
    expect(eda.rowCount).toBe(500);
    expect(profile('area')).toMatchObject({ type: 'number', missing: 50, count: 450 });
    expect(profile('area').numeric!.min).toBeGreaterThanOrEqual(30);
    expect(profile('area').histogram!.kind).toBe('bins');
    expect(profile('city').top!.levels.map((l) => l.level)).toEqual([
      'Rio',
      'Sao Paulo',
      'Campinas',
    ]);
    expect(profile('furnished').top!.levels).toEqual([
      { level: 'true', count: 250 },
      { level: 'false', count: 250 },
    ]);
  });

  it('describes the target on a linear and a log scale', () => {
    expect(eda.target!.name).toBe('price');
    expect(eda.target!.logHistogram).not.toBeNull();
    expect(eda.target!.summary.min).toBeGreaterThan(1000);
  });

  it('correlates numbers with the target first, and ranks features by association', () => {
    expect(eda.correlations.names[0]).toBe('price');
    expect(eda.associations[0]).toMatchObject({ name: 'insurance', measure: 'pearson' });
    expect(eda.associations[0]!.value).toBeCloseTo(1, 6);
    const city = eda.associations.find((a) => a.name === 'city')!;
    expect(city.measure).toBe('eta');
    expect(city.value).toBeGreaterThan(0.05);
  });

  it('gives feature-vs-target views for numbers, booleans and categories', () => {
    const area = eda.featureViews.find((v) => v.name === 'area')!;
    expect(area.kind).toBe('binned');
    expect(area.groups.length).toBeLessThanOrEqual(10);
    expect(area.groups[0]!.mean).toBeLessThan(area.groups.at(-1)!.mean);
    expect(area.groups.reduce((sum, g) => sum + g.count, 0)).toBe(450);
    const furnished = eda.featureViews.find((v) => v.name === 'furnished')!;
    expect(furnished.groups.map((g) => g.label)).toEqual(['false', 'true']);
    const city = eda.featureViews.find((v) => v.name === 'city')!;
    expect(city.groups.map((g) => g.label)).toEqual(['Rio', 'Sao Paulo', 'Campinas']);
  });

  it('raises the alerts the data calls for', () => {
    expect(alertsOf('target-leak')).toEqual(['insurance']);
    expect(alertsOf('constant')).toEqual(['constant']);
    expect(alertsOf('all-missing')).toEqual(['notes']);
    expect(alertsOf('duplicates')).toEqual([]);
  });

  it('gives an overview of missing values', () => {
    expect(eda.missing.rowsWithMissing).toBe(500);
    expect(eda.missing.columns.map((c) => c.name)).toEqual(['notes', 'area']);
  });

  it('works without a target, and refuses a target that is not a number column', () => {
    const plain = profileTable(table);
    expect(plain.target).toBeNull();
    expect(plain.featureViews).toEqual([]);
    expect(() => profileTable(table, { target: 'city' })).toThrow(AppError);
    expect(() => profileTable(table, { target: 'nope' })).toThrow(/no column "nope"/);
  });

  it('reports progress up to the total', () => {
    const steps: number[] = [];
    profileTable(table, { onProgress: (done, total) => steps.push(done / total) });
    expect(steps.at(-1)).toBe(1);
  });

  it('profiles an empty-valued and a one-row table without failing', () => {
    const tiny = ingestCsvText('a,b\n1,\n');
    const result = profileTable(tiny.table, { target: 'a' });
    expect(result.columns[0]!.numeric!.mean).toBe(1);
    expect(result.correlations.values).toEqual([[1]]);
  });
});
