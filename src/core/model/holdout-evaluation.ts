import type { Frame } from '../data/frame';
import { pickRows, quantileOfSorted } from '../statistics';
import { regressionMetrics } from './metrics';
import type { ModelBundle } from './model-bundle';
import { PriceEstimator } from './price-estimator';
import { selectRows } from './select-rows';
import { fromModelSpace, toModelSpace, type TargetTransform } from '../target-transform';

/** An evaluated bundle, and its prices for the validation rows (in their order). */
export interface EvaluatedBundle {
  bundle: ModelBundle;
  validationPrices: Float64Array;
}

/**
 * Calibrates the interval of `draft` on the validation rows, then scores the TEST rows once for
 * the card (metrics and interval coverage). Returns a new bundle with the validation prices it
 * computed (a blend weighs members by them); disposes what it loads.
 */
export async function evaluateOnHoldout(
  draft: ModelBundle,
  frame: Frame,
  rows: { validation: Int32Array; test: Int32Array },
): Promise<EvaluatedBundle> {
  const estimator = await PriceEstimator.load(draft);
  try {
    const target = frame.columns[draft.signature.target.name]!.values as Float64Array;
    const validation = await estimator.estimate(selectRows(frame, rows.validation));
    const interval = calibrateInterval(
      draft.target,
      pickRows(target, rows.validation),
      validation.values,
      draft.interval.coverage,
    );
    const testActual = pickRows(target, rows.test);
    const test = await estimator.estimate(selectRows(frame, rows.test));
    let covered = 0;
    testActual.forEach((actual, i) => {
      const low = applyOffset(draft.target, test.values[i]!, interval.lowOffset);
      const high = applyOffset(draft.target, test.values[i]!, interval.highOffset);
      if (actual >= low && actual <= high) covered++;
    });
    const card = {
      ...draft.card,
      test: regressionMetrics(testActual, test.values),
      intervalCoverageOnTest: testActual.length > 0 ? covered / testActual.length : Number.NaN,
    };
    return { bundle: { ...draft, interval, card }, validationPrices: validation.values };
  } finally {
    estimator.dispose();
  }
}

/** The interval bound for an estimate, as {@link PriceEstimator} computes it. */
function applyOffset(transform: TargetTransform, estimate: number, offset: number): number {
  return fromModelSpace(transform, toModelSpace(transform, estimate) + offset);
}

/** Quantiles of validation residuals in the model space give the interval's offsets. */
function calibrateInterval(
  transform: TargetTransform,
  actual: Float64Array,
  predicted: Float64Array,
  coverage: number,
): ModelBundle['interval'] {
  const residuals = actual
    .map((value, i) => toModelSpace(transform, value) - toModelSpace(transform, predicted[i]!))
    .sort();
  const tail = (1 - coverage) / 2;
  return {
    coverage,
    lowOffset: quantileOfSorted(residuals, tail),
    highOffset: quantileOfSorted(residuals, 1 - tail),
  };
}
