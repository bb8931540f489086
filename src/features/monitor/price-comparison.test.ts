import { describe, expect, it } from 'vitest';
import type { NumericReference } from '../../core/drift';
import type { BulkRunRecord, PredictionRecord } from '../../storage/prediction-log';
import { priceComparison } from './price-comparison';

function estimate(modelVersion: number, value: number): PredictionRecord {
  return {
    id: value,
    at: Date.UTC(2026, 0, 1),
    modelVersion,
    inputs: {},
    value,
    low: value,
    high: value,
    latencyMs: 1,
  };
}

function bulkRun(modelVersion: number, values: number[]): BulkRunRecord {
  return {
    id: modelVersion,
    at: Date.UTC(2026, 0, 1),
    modelVersion,
    fileName: 'batch.csv',
    state: 'done',
    rows: values.length,
    scored: values.length,
    errors: 0,
    elapsedMs: 5,
    sample: values.map((value) => ({ inputs: {}, value })),
  };
}

/** v3's training target, euros per day: bins 0–50, 50–100, 100–150. */
const target = {
  name: 'rental_price_per_day',
  bins: { edges: [0, 50, 100, 150], counts: [5, 3, 2] },
} as unknown as NumericReference;

describe('priceComparison', () => {
  // v3 predicts €/day (tens); v2 predicts BRL (thousands) and v1 RUB (hundred thousands).
  const log = {
    predictions: [estimate(3, 20), estimate(2, 3_500), estimate(3, 120), estimate(1, 640_000)],
    bulkRuns: [bulkRun(3, [60, 70]), bulkRun(2, [4_100, 2_900, 5_000])],
  };

  it("bins only the version's own predictions in its training target", () => {
    const comparison = priceComparison(log, 3, target);
    expect(comparison).toMatchObject({ version: 3, comparedCount: 4, leftOutCount: 5 });
    expect(comparison.bars.map((bar) => [bar.label, bar.currentCount, bar.current])).toEqual([
      ['0–50', 1, 0.25],
      ['50–100', 2, 0.5],
      ['100–150', 1, 0.25],
    ]);
  });

  it("counts a bulk run's sample rows as predictions of the run's version", () => {
    const brl = {
      name: 'price',
      bins: { edges: [0, 3_000, 6_000], counts: [1, 1] },
    } as unknown as NumericReference;
    const comparison = priceComparison(log, 2, brl);
    expect(comparison).toMatchObject({ version: 2, comparedCount: 4, leftOutCount: 5 });
    expect(comparison.bars.map((bar) => [bar.label, bar.currentCount])).toEqual([
      ['0–3,000', 1],
      ['3,000–6,000', 3],
    ]);
  });

  it('compares nothing, and says so, when the version has no logged prediction', () => {
    const comparison = priceComparison(log, 4, target);
    expect(comparison).toMatchObject({ comparedCount: 0, leftOutCount: 9 });
    expect(comparison.bars.map((bar) => bar.currentCount)).toEqual([0, 0, 0]);
  });
});
