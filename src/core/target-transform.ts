import { meanAndStd, skewness } from './statistics';

/**
 * How the target is turned into what the network learns: log for positive, skewed prices, then
 * standardised. Predictions are clipped back to the training range `[low, high]`, so a price is
 * never negative, infinite or NaN.
 */
export interface TargetTransform {
  isLog: boolean;
  mean: number;
  std: number;
  low: number;
  high: number;
}

/** Fits the transform on training target values (finite). */
export function fitTargetTransform(values: Float64Array): TargetTransform {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  const isLog = low > 0 && skewness(values) > 0.75;
  const transformed = isLog ? values.map(Math.log) : values;
  const { mean, std } = meanAndStd(transformed);
  return { isLog, mean, std: std > 0 ? std : 1, low, high };
}

/** Target in the model's space (log if used, not standardised). */
export function toModelSpace(transform: TargetTransform, value: number): number {
  return transform.isLog ? Math.log(value) : value;
}

/** Back from the model's space to the target's units, clipped to the training range (NaN stays NaN). */
export function fromModelSpace(transform: TargetTransform, value: number): number {
  return clipToRange(transform, transform.isLog ? Math.exp(value) : value);
}

/** A price clipped to the training range (NaN stays NaN). */
export function clipToRange(transform: TargetTransform, price: number): number {
  return Math.min(transform.high, Math.max(transform.low, price));
}

/** Standardised value the network is trained on. */
export function standardise(transform: TargetTransform, value: number): number {
  return (toModelSpace(transform, value) - transform.mean) / transform.std;
}

/** Inverse of {@link standardise} into the model space (not yet back to price units). */
export function unstandardise(transform: TargetTransform, z: number): number {
  return z * transform.std + transform.mean;
}
