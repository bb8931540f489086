import type { FeatureDrift } from './report-types';

/**
 * Which of a report's model inputs were tested, and which were not and why. Derived from the
 * report's `features` alone, so reports saved before this existed get it too.
 */
export interface DriftCoverage {
  /** Model inputs in the reference profile (the target is not one). */
  inputCount: number;
  /** Inputs tested: the only ones `driftShare` counts. */
  testedCount: number;
  /** Inputs the batch has no column for, in the model's order. */
  missing: string[];
  /**
   * Inputs the batch has but that could not be tested (all its values missing, read as another
   * kind, or no values in training), in the model's order.
   */
  untestable: string[];
}

/** Whether a column was tested, so that `isDrifted` says something about it. */
export function isTested(feature: FeatureDrift): boolean {
  return feature.status === 'tested';
}

/** How many of the model's inputs a drift report tested, and the names of the rest. */
export function driftCoverage(features: readonly FeatureDrift[]): DriftCoverage {
  const namesWith = (keep: (feature: FeatureDrift) => boolean) =>
    features.filter(keep).map((feature) => feature.name);
  return {
    inputCount: features.length,
    testedCount: features.filter(isTested).length,
    missing: namesWith((feature) => feature.status === 'missing-column'),
    untestable: namesWith((feature) => !isTested(feature) && feature.status !== 'missing-column'),
  };
}
