import { describe, expect, it } from 'vitest';
import type { SignatureInput } from '../../core/model/signature';
import type { AliasMove, ModelSummary } from '../../storage/model-types';
import {
  describeLineage,
  describeInput,
  describeMove,
  exportFileName,
  formatMetric,
  rawValue,
} from './model-view';

const summary = {
  version: 3,
  name: 'cars',
  createdAt: '2024-05-01T10:00:00.000Z',
  source: 'run',
  runId: 'run-7',
  datasetId: 'ds-1',
  card: { dataset: { name: 'cars', rows: 1200 } },
  isChampion: false,
} as unknown as ModelSummary;

describe('model view helpers', () => {
  it('names the export file after the version', () => {
    expect(exportFileName(12)).toBe('estimo-model-v12.json');
  });

  it('shows a dash for metrics lost on the way through JSON', () => {
    expect(formatMetric(null, 'price')).toBe('—');
    expect(formatMetric(Number.NaN, 'percent')).toBe('—');
    expect(formatMetric(6.25, 'percent')).toBe('6.3 %');
    expect(formatMetric(1234.4, 'price')).toBe('1,234');
    expect(formatMetric(-1e-16, 'ratio')).toBe('0');
    expect(formatMetric(31.47, 'percent')).toBe('31.5 %');
    expect(rawValue(null)).toBe('');
    expect(rawValue(0.5)).toBe('0.5');
  });

  it('writes input ranges without a separator below 10,000 (years), with one above', () => {
    const number = (min: number, max: number): SignatureInput => ({
      name: 'x',
      type: 'number',
      min,
      max,
      median: min,
      isInteger: true,
    });
    expect(describeInput(number(1970, 2020))).toBe('number, 1970 to 2020');
    expect(describeInput(number(0, 250_000))).toBe('number, 0 to 250,000');
    expect(
      describeInput({ name: 'c', type: 'category', levels: ['D', 'E'], mostCommon: 'D' }),
    ).toBe('category, 2 levels');
  });

  it('describes lineage, saying when the dataset is gone', () => {
    expect(describeLineage(summary, new Set(['ds-1']))).toEqual({
      dataset: 'cars (1,200 rows)',
      detail: 'ds-1 · run run-7',
    });
    expect(describeLineage(summary, new Set()).detail).toBe('ds-1, no longer stored · run run-7');
    const imported = {
      ...summary,
      runId: null,
      datasetId: null,
      card: {},
    } as unknown as ModelSummary;
    expect(describeLineage(imported, null)).toEqual({ dataset: 'unknown data', detail: null });
  });

  it('describes champion moves', () => {
    const move: AliasMove = {
      id: 2,
      alias: 'champion',
      from: 1,
      to: 2,
      at: '',
      reason: 'promote',
      undoes: [],
    };
    expect(describeMove(move)).toBe('v1 → v2, promoted');
    expect(describeMove({ ...move, from: null, reason: 'first-visit' })).toBe(
      'none → v2, first visit',
    );
  });
});
