/** Regression metrics in the target's own units. */
export interface RegressionMetrics {
  rmse: number;
  mae: number;
  /** Mean absolute percentage error in percent, over rows whose actual value is not zero. */
  mape: number;
  r2: number;
  count: number;
}

/** An interval's nominal coverage (0.8 for P10–P90) and the share of TEST rows it covered. */
export interface IntervalCoverage {
  coverage: number;
  coveredOnTest: number;
}

/** RMSE, MAE, MAPE (%) and R² of `predicted` against `actual` (same length, finite values). */
export function regressionMetrics(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
): RegressionMetrics {
  const count = actual.length;
  let squared = 0;
  let absolute = 0;
  let percent = 0;
  let percentRows = 0;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const error = predicted[i]! - actual[i]!;
    squared += error * error;
    absolute += Math.abs(error);
    sum += actual[i]!;
    if (actual[i] !== 0) {
      percent += Math.abs(error / actual[i]!);
      percentRows++;
    }
  }
  const mean = sum / count;
  let total = 0;
  for (let i = 0; i < count; i++) total += (actual[i]! - mean) ** 2;
  return {
    rmse: Math.sqrt(squared / count),
    mae: absolute / count,
    mape: percentRows > 0 ? (100 * percent) / percentRows : Number.NaN,
    r2: total > 0 ? 1 - squared / total : Number.NaN,
    count,
  };
}

/** Metrics of the predict-the-mean baseline: every row gets `trainingMean`. */
export function baselineMetrics(
  actual: ArrayLike<number>,
  trainingMean: number,
): RegressionMetrics {
  return regressionMetrics(actual, new Float64Array(actual.length).fill(trainingMean));
}
