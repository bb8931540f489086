import { describe, expect, it } from 'vitest';
import type { NumericReference } from '../../core/drift';
import type { BulkRunRecord, PredictionRecord } from '../../storage/prediction-log';
import {
  latencyFigures,
  predictionLogCsv,
  priceDistribution,
  quantileOf,
  volumeOverTime,
} from './monitor-view';

function prediction(patch: Partial<PredictionRecord>): PredictionRecord {
  return {
    id: 1,
    at: Date.UTC(2026, 0, 1, 10),
    modelVersion: 2,
    inputs: { carat: '0.5', cut: 'Ideal' },
    value: 1500,
    low: 1200,
    high: 1800,
    latencyMs: 4,
    ...patch,
  };
}

describe('quantileOf and latencyFigures', () => {
  it('interpolates between ranks as numpy does (linear)', () => {
    expect(quantileOf([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.95)).toBeCloseTo(10.5, 12);
    expect(quantileOf([], 0.5)).toBeNaN();
  });

  it('gives p50 and p95 of logged latencies, none when the log is empty', () => {
    const records = [5, 1, 3, 2, 4].map((latencyMs) => prediction({ latencyMs }));
    expect(latencyFigures(records)).toEqual({ count: 5, p50: 3, p95: 4.8 });
    expect(latencyFigures([])).toBeNull();
  });
});

describe('volumeOverTime', () => {
  it('counts per UTC hour with empty hours kept', () => {
    const hour = 3_600_000;
    const start = Date.UTC(2026, 0, 1, 10);
    const bars = volumeOverTime([start, start + 10, start + 2 * hour + 5]);
    expect(bars).toEqual([
      { label: '01-01 10h', count: 2 },
      { label: '01-01 11h', count: 0 },
      { label: '01-01 12h', count: 1 },
    ]);
  });

  it('counts per day past two days of log', () => {
    const day = 86_400_000;
    const start = Date.UTC(2026, 0, 1, 10);
    expect(volumeOverTime([start, start + 3 * day])).toEqual([
      { label: '2026-01-01', count: 1 },
      { label: '2026-01-02', count: 0 },
      { label: '2026-01-03', count: 0 },
      { label: '2026-01-04', count: 1 },
    ]);
  });
});

describe('priceDistribution', () => {
  const target = {
    bins: { edges: [0, 100, 200, 300], counts: [2, 6, 2] },
  } as unknown as NumericReference;

  it('puts prices in the training bins (outer bins open) beside the training shares', () => {
    const bars = priceDistribution([-5, 50, 150, 250, 999, Number.NaN], target);
    expect(bars.map((bar) => [bar.label, bar.reference, bar.current, bar.currentCount])).toEqual([
      ['0–100', 0.2, 0.4, 2],
      ['100–200', 0.6, 0.2, 1],
      ['200–300', 0.2, 0.4, 2],
    ]);
  });

  it('is empty without a binned training target', () => {
    expect(priceDistribution([1, 2], null)).toEqual([]);
  });
});

describe('predictionLogCsv', () => {
  it('writes one line per estimate and per bulk run, every input as a column, formulas escaped', () => {
    const run: BulkRunRecord = {
      id: 1,
      at: Date.UTC(2026, 0, 2),
      modelVersion: 2,
      fileName: 'stock.csv',
      state: 'done',
      rows: 10,
      scored: 9,
      errors: 1,
      elapsedMs: 20,
      sample: [],
    };
    const csv = predictionLogCsv(
      [prediction({ inputs: { carat: '0.5', cut: '=HYPERLINK()' } })],
      [run],
    );
    expect(csv.split('\r\n')).toEqual([
      'kind,at,model_version,value,low,high,latency_ms,file,rows,scored,errors,carat,cut',
      "estimate,2026-01-01T10:00:00.000Z,2,1500,1200,1800,4,,,,,0.5,'=HYPERLINK()",
      'bulk,2026-01-02T00:00:00.000Z,2,,,,20,stock.csv,10,9,1,,',
      '',
    ]);
  });
});
