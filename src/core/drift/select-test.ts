/**
 * Which test a column gets, and when it counts as drifted: Evidently's defaults
 * (evidently/legacy/calculations/stattests/registry.py `_get_default_stattest`).
 * Reference of ≤ 1,000 present values: numbers with more than 5 distinct values (reference and
 * batch together) get the two-sample Kolmogorov–Smirnov test; categories, and numbers with 3–5
 * values, χ²; anything with at most 2 values the two-proportion z-test. Drift when p < 0.05
 * (KS: p ≤ 0.05, as Evidently writes it). Larger references: numbers with more than 5 values get
 * the normed Wasserstein distance, everything else the Jensen–Shannon distance; drift when the
 * distance ≥ 0.1. `method: 'psi'` uses the population stability index everywhere (drift ≥ 0.1).
 */

/** The tests a column can get. */
export type DriftTestName =
  'ks' | 'chi-square' | 'z-test' | 'wasserstein' | 'jensen-shannon' | 'psi';

/** `auto` follows Evidently's choice per column; `psi` uses PSI for every column. */
export type DriftMethod = 'auto' | 'psi';

/** Evidently's default threshold of each test: a p-value for the tests, else a distance. */
export const DEFAULT_THRESHOLDS: Readonly<Record<DriftTestName, number>> = {
  ks: 0.05,
  'chi-square': 0.05,
  'z-test': 0.05,
  wasserstein: 0.1,
  'jensen-shannon': 0.1,
  psi: 0.1,
};

/** References up to this many present values get p-value tests; larger ones get distances. */
export const SMALL_REFERENCE_MAX = 1000;

/** True for the tests judged by a p-value (KS, χ², z) rather than by a distance. */
export function hasPValue(test: DriftTestName): boolean {
  return test === 'ks' || test === 'chi-square' || test === 'z-test';
}

/**
 * The test for a column with `referenceCount` present training values and `uniqueCount`
 * distinct values over reference and batch (Infinity when above 20, as profiles keep no more).
 */
export function selectTest(
  method: DriftMethod,
  referenceCount: number,
  isNumeric: boolean,
  uniqueCount: number,
): DriftTestName {
  if (method === 'psi') return 'psi';
  const isContinuous = isNumeric && uniqueCount > 5;
  if (referenceCount <= SMALL_REFERENCE_MAX) {
    if (isContinuous) return 'ks';
    return uniqueCount > 2 ? 'chi-square' : 'z-test';
  }
  return isContinuous ? 'wasserstein' : 'jensen-shannon';
}

/** Whether a test's value crosses its threshold (p-values below, distances at or above). */
export function isDriftedBy(test: DriftTestName, value: number, threshold: number): boolean {
  if (test === 'ks') return value <= threshold;
  if (hasPValue(test)) return value < threshold;
  return value >= threshold;
}
