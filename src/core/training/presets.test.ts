import { describe, expect, it } from 'vitest';
import {
  fastPreset,
  multiplyAddsPerRow,
  plannedEpochMs,
  PRODUCTION_BUDGET_MS,
  productionPreset,
  searchPreset,
} from './presets';

/** Planned milliseconds of a whole plan: epochs × planned epoch time. */
function plannedMs(rows: number, width: number, plan: ReturnType<typeof productionPreset>) {
  return plan.params.epochs * plannedEpochMs(rows, width, plan.params);
}

describe('presets', () => {
  it('counts multiply-adds through every layer down to the single output', () => {
    expect(multiplyAddsPerRow(10, [4, 2])).toBe(10 * 4 + 4 * 2 + 2);
  });

  it('fast: one small tower for a few seconds, with rows capped on big data', () => {
    const small = fastPreset(500, 20);
    expect(small.params).toMatchObject({ members: 1, hiddenUnits: [32, 32], epochs: 10 });
    expect(small.params.maxRowsPerEpoch).toBeUndefined();
    const big = fastPreset(500_000, 300);
    expect(big.params.maxRowsPerEpoch).toBe(20_000);
    expect(big.params.epochs).toBeGreaterThanOrEqual(3);
    expect(plannedMs(500_000, 300, big)).toBeLessThan(8_000);
    expect(big.timeBudgetMs).toBe(big.params.timeBudgetMs);
  });

  it('production: an ensemble with a short schedule on small data, one long-trained tower on big data', () => {
    const small = productionPreset(3_400, 55);
    expect(small.params.members).toBeGreaterThan(1);
    const big = productionPreset(70_000, 210);
    expect(big.params.members).toBe(1);
    for (const [rows, width, plan] of [
      [3_400, 55, small],
      [70_000, 210, big],
    ] as const) {
      expect(plan.timeBudgetMs).toBe(PRODUCTION_BUDGET_MS);
      expect(plannedMs(rows, width, plan)).toBeLessThanOrEqual(PRODUCTION_BUDGET_MS);
    }
  });

  it('production: follows a smaller budget', () => {
    const plan = productionPreset(70_000, 210, 20_000);
    expect(plan.params.timeBudgetMs).toBe(20_000);
    expect(plannedMs(70_000, 210, plan)).toBeLessThanOrEqual(20_000);
  });

  it('search: maps a point of the space to settings whose epochs fit the trial budget', () => {
    const plan = searchPreset(20_000, 40, { trials: 6, timeBudgetMs: 60_000 });
    expect(plan.trials).toBe(6);
    const params = plan.toParams(
      { hiddenUnits: 1, learningRate: 0.002, batchSize: 2, l2: 1e-5 },
      10_000,
    );
    expect(params).toMatchObject({
      hiddenUnits: [64, 64, 32],
      batchSize: 256,
      learningRate: 0.002,
    });
    expect(params.timeBudgetMs).toBe(10_000);
    expect(params.epochs * plannedEpochMs(20_000, 40, params)).toBeLessThanOrEqual(10_000);
  });
});
