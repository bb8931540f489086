import { describe, expect, it } from 'vitest';
import { ingestCsvText } from '../data/ingest/ingest-stream';
import { ALERT_THRESHOLDS } from './alerts';
import { profileTable } from './profile-table';

/** Alerts raised on a generated table, as `kind:column`. */
function alertsOn(text: string, target?: string): string[] {
  const { table, report } = ingestCsvText(text);
  return profileTable(table, { target, ingestReport: report }).alerts.map(
    (alert) => `${alert.kind}:${alert.column ?? ''}`,
  );
}

const column = (name: string, cells: string[]) => [name, ...cells].join('\n');

describe('alerts', () => {
  it('flags skew above |1| and many zeros above 10%', () => {
    const skewed = Array.from({ length: 100 }, (_, i) => String(i < 90 ? i % 7 : 1000 + i));
    expect(alertsOn(column('price', skewed))).toContain('skewed:price');
    const even = Array.from({ length: 100 }, (_, i) => String(i));
    expect(alertsOn(column('x', even))).not.toContain('skewed:x');
    expect(
      alertsOn(
        column(
          'x',
          even.map((v, i) => (i < 11 ? '0' : v)),
        ),
      ),
    ).toContain('many-zeros:x');
  });

  it('flags more than 20% missing, but not 20% exactly', () => {
    const cells = (missing: number) =>
      Array.from({ length: 100 }, (_, i) => `${i < missing ? '' : i % 13},${i}`);
    expect(alertsOn(column('x,n', cells(21)))).toContain('many-missing:x');
    expect(alertsOn(column('x,n', cells(20)))).not.toContain('many-missing:x');
  });

  it('flags high cardinality, imbalance and unique text', () => {
    const many = Array.from({ length: 600 }, (_, i) => `model ${i % 60}`);
    expect(alertsOn(column('model', many))).toContain('high-cardinality:model');
    const imbalanced = Array.from({ length: 100 }, (_, i) => (i < 96 ? 'diesel' : 'petrol'));
    expect(alertsOn(column('fuel', imbalanced))).toContain('imbalanced:fuel');
    const dates = Array.from({ length: 30 }, (_, i) => `2021-01-${String(i + 1).padStart(2, '0')}`);
    expect(alertsOn(column('sold', dates))).toContain('unique:sold');
  });

  it('flags ingest findings: unparsed, infinite and messy cells, ragged rows', () => {
    const cells = ['"1,5"', 'inf', 'oops', ...Array.from({ length: 60 }, (_, i) => String(i))];
    const alerts = alertsOn(column('x', cells));
    expect(alerts).toEqual(expect.arrayContaining(['unparsed:x', 'infinite:x', 'messy-values:x']));
    expect(alertsOn('a,b\n1,2\n3\n4,5\n')).toContain('ragged-rows:');
  });

  it('flags exact duplicates, and rows that differ only in the target', () => {
    const alerts = alertsOn('a,price\n1,10\n1,10\n1,12\n2,5\n', 'price');
    expect(alerts.filter((a) => a === 'duplicates:')).toHaveLength(2);
  });

  it('documents its thresholds', () => {
    expect(ALERT_THRESHOLDS).toMatchObject({ skewness: 1, manyMissingShare: 0.2, leak: 0.95 });
  });
});
