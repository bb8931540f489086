import { describe, expect, it } from 'vitest';
import type { Alert } from '../../core/eda';
import type { DatasetMeta } from '../../storage/datasets';
import type { RunRecord } from '../../storage/runs';
import {
  featureChoices,
  formatClock,
  sortAndFilterRuns,
  suggestFeatures,
  targetChoices,
} from './train-view';

function dataset(alerts: Partial<Alert>[]): DatasetMeta {
  return {
    columns: [
      { name: 'id', type: 'id' },
      { name: 'brand', type: 'category' },
      { name: 'year', type: 'number' },
      { name: 'auto', type: 'boolean' },
      { name: 'country', type: 'category' },
      { name: 'fee', type: 'number' },
      { name: 'price', type: 'number' },
    ],
    eda: { alerts: alerts as Alert[] },
  } as DatasetMeta;
}

function run(id: string, rmse: number | null, extra: Partial<RunRecord> = {}): RunRecord {
  return {
    id,
    datasetName: 'cars',
    target: 'price',
    preset: 'fast',
    status: 'done',
    startedAt: `2026-01-0${id}`,
    durationMs: Number(id) * 10,
    metrics: rmse === null ? null : { test: { rmse, mae: 0, mape: 0, r2: 0 } },
    ...extra,
  } as RunRecord;
}

describe('train view helpers', () => {
  it('offers numbers as targets and trainable columns as features', () => {
    const meta = dataset([]);
    expect(targetChoices(meta)).toEqual(['year', 'fee', 'price']);
    expect(featureChoices(meta, 'price')).toEqual(['brand', 'year', 'auto', 'country', 'fee']);
  });

  it('leaves constant and leaking columns out by default, saying why', () => {
    const meta = dataset([
      { kind: 'constant', column: 'country' },
      { kind: 'target-leak', column: 'fee' },
      { kind: 'skewed', column: 'year' },
    ]);
    expect(suggestFeatures(meta, 'price')).toEqual({
      features: ['brand', 'year', 'auto'],
      leftOut: [
        { column: 'country', reason: 'constant' },
        { column: 'fee', reason: 'target leak' },
      ],
    });
  });

  it('sorts runs by a metric with unscored runs last, and filters by text', () => {
    const runs = [run('1', 30), run('2', null, { status: 'failed' }), run('3', 10)];
    const ids = (key: 'rmse' | 'startedAt', isAscending: boolean, filter = '') =>
      sortAndFilterRuns(runs, { key, isAscending, filter }).map((r) => r.id);
    expect(ids('rmse', true)).toEqual(['3', '1', '2']);
    expect(ids('rmse', false)).toEqual(['1', '3', '2']);
    expect(ids('startedAt', false)).toEqual(['3', '2', '1']);
    expect(ids('startedAt', true, 'FAIL')).toEqual(['2']);
  });

  it('formats a clock', () => {
    expect(formatClock(65_400)).toBe('1:05');
    expect(formatClock(-5)).toBe('0:00');
  });
});
