import { describe, expect, it } from 'vitest';
import { regressionMetrics } from '../model/metrics';
import { performanceDrift } from './drift-report';

describe('performanceDrift', () => {
  const actual = [100, 200, 300, 400];
  const predicted = [110, 180, 300, 430];
  const batch = regressionMetrics(actual, predicted);

  it('flags a batch whose RMSE or MAPE is worse than the holdout by more than the threshold', () => {
    const result = performanceDrift(
      actual,
      predicted,
      { rmse: batch.rmse / 1.2, mape: batch.mape },
      10,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.drift.rmseChangePercent).toBeCloseTo(20, 10);
    expect(result.drift.mapeChangePercent).toBeCloseTo(0, 10);
    const zeros = performanceDrift([0, 0], [1, 1], { rmse: 1, mape: 5 });
    expect(zeros).toMatchObject({
      ok: true,
      drift: { mapeChangePercent: null, isMapeWorse: false },
    });
    expect(result.drift).toMatchObject({
      isRmseWorse: true,
      isMapeWorse: false,
      isDrifted: true,
      skippedRows: 0,
    });
  });

  it('does not flag a batch within the threshold, or a better one', () => {
    const result = performanceDrift(actual, predicted, {
      rmse: batch.rmse / 1.05,
      mape: batch.mape * 2,
    });
    expect(result).toMatchObject({ ok: true, drift: { isDrifted: false, thresholdPercent: 10 } });
  });

  it('skips rows without an actual price or a prediction, and counts them', () => {
    const result = performanceDrift([...actual, NaN, 50], [...predicted, 10, NaN], {
      rmse: 1,
      mape: 1,
    });
    expect(result).toMatchObject({ ok: true, drift: { skippedRows: 2, batch: { count: 4 } } });
  });

  it('refuses mismatched lengths and batches with no usable row', () => {
    expect(performanceDrift([1, 2], [1], { rmse: 1, mape: 1 })).toEqual({
      ok: false,
      message: 'There are 2 actual prices but 1 predictions.',
    });
    expect(performanceDrift([NaN], [1], { rmse: 1, mape: 1 }).ok).toBe(false);
  });
});
