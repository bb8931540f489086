import { describe, expect, it } from 'vitest';
import { baselineMetrics, regressionMetrics } from './metrics';

describe('regressionMetrics', () => {
  it('matches hand-computed values', () => {
    // errors: +10, -20, 0, +30 on actuals 100, 200, 300, 400 (mean 250)
    const m = regressionMetrics([100, 200, 300, 400], [110, 180, 300, 430]);
    expect(m.rmse).toBeCloseTo(Math.sqrt((100 + 400 + 0 + 900) / 4), 10);
    expect(m.mae).toBeCloseTo(15, 10);
    expect(m.mape).toBeCloseTo((100 * (0.1 + 0.1 + 0 + 0.075)) / 4, 10);
    expect(m.r2).toBeCloseTo(1 - 1400 / 50000, 10);
    expect(m.count).toBe(4);
  });

  it('leaves zero actual values out of MAPE only', () => {
    const m = regressionMetrics([0, 100], [10, 110]);
    expect(m.mape).toBeCloseTo(10, 10);
    expect(m.mae).toBeCloseTo(10, 10);
  });

  it('gives the predict-the-mean baseline an R² of zero on its own data', () => {
    const actual = [1, 2, 3, 4, 5];
    const m = baselineMetrics(actual, 3);
    expect(m.r2).toBeCloseTo(0, 12);
    expect(m.rmse).toBeCloseTo(Math.sqrt(2), 12);
  });
});
