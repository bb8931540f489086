import { describe, expect, it } from 'vitest';
import type { CodedColumn } from '../data/ingest/table';
import { sortFinite } from './numeric-summary';
import { featureBins } from './feature-bins';
import {
  categoryFeatureView,
  MAX_GROUP_SAMPLE,
  numericFeatureView,
  targetValues,
} from './target-views';

describe('numericFeatureView', () => {
  it('gives one group per value when a feature has few values', () => {
    const rooms = Float64Array.from([1, 2, 2, 3, NaN, 3]);
    const price = Float64Array.from([10, 20, 22, 30, 99, NaN]);
    const view = numericFeatureView(
      'rooms',
      rooms,
      featureBins(sortFinite(rooms)),
      targetValues(price),
    );
    expect(view.kind).toBe('levels');
    expect(view.groups.map((g) => [g.label, g.count, g.mean])).toEqual([
      ['1', 1, 10],
      ['2', 2, 21],
      ['3', 1, 30],
    ]);
  });

  it('cuts many values at deciles, with ranges and target quantiles per bin', () => {
    const area = Float64Array.from({ length: 1000 }, (_, i) => i);
    const price = area.map((a) => a * 2);
    const view = numericFeatureView(
      'area',
      area,
      featureBins(sortFinite(area)),
      targetValues(price),
    );
    expect(view.kind).toBe('binned');
    expect(view.groups).toHaveLength(10);
    expect(view.groups[0]).toMatchObject({ low: 0, high: 99, count: 100, label: '0 – 99' });
    expect(view.groups[0]!.q50).toBeCloseTo(99, 10);
  });

  it('takes quantiles from a sample in big groups but counts and means every row', () => {
    const n = MAX_GROUP_SAMPLE * 3;
    const flag = new Float64Array(n).fill(1);
    const price = Float64Array.from({ length: n }, (_, i) => i % 100);
    const bins = featureBins(sortFinite(flag));
    const [group] = numericFeatureView('flag', flag, bins, targetValues(price)).groups;
    expect(group).toMatchObject({ count: n, mean: 49.5 });
    expect(group!.q50).toBeCloseTo(49.5, 0);
  });
});

describe('categoryFeatureView', () => {
  it('keeps the top levels by count and pools the rest as other', () => {
    const codes = Int32Array.from({ length: 300 }, (_, i) => (i < 200 ? i % 2 : 2 + (i % 25)));
    const levels = Array.from({ length: 27 }, (_, i) => `level ${i}`);
    const column: CodedColumn = { name: 'model', type: 'category', codes, levels };
    const price = Float64Array.from({ length: 300 }, (_, i) => i);
    const view = categoryFeatureView(column, targetValues(price));
    expect(view.groups).toHaveLength(21);
    expect(view.groups[0]).toMatchObject({ label: 'level 0', count: 100 });
    expect(view.groups.at(-1)).toMatchObject({ label: 'other', count: 7 * 4 });
  });
});
