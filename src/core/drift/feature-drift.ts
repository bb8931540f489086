import { barsOf, binKeys, levelKeys, valueKeys, type KeyCounts } from './count-keys';
import {
  chiSquareTest,
  jensenShannonDistance,
  populationStabilityIndex,
  proportionZTest,
} from './count-tests';
import { ks2Samp } from './ks-test';
import type {
  FeatureCurrent,
  FeatureReference,
  NumericCurrent,
  NumericReference,
} from './profile-types';
import type { FeatureDrift } from './report-types';
import {
  hasPValue,
  isDriftedBy,
  selectTest,
  type DriftMethod,
  type DriftTestName,
} from './select-test';
import { wassersteinDistance, wassersteinToSketch } from './wasserstein';

/** How each column is tested: the method and the threshold of every test. */
export interface FeatureTestSettings {
  method: DriftMethod;
  thresholds: Readonly<Record<DriftTestName, number>>;
}

interface TestOutcome {
  statistic: number;
  pValue: number | null;
  approximationError: number | null;
}

/**
 * A column's entry without test results: the whole entry when the column cannot be tested, the
 * base of a tested one otherwise.
 */
export function featureEntry(
  reference: FeatureReference,
  status: FeatureDrift['status'],
  message: string | null,
  current: FeatureCurrent | null = null,
): FeatureDrift {
  const referenceRows = reference.count + reference.missing;
  const currentRows = current ? current.count + current.missing : 0;
  return {
    name: reference.name,
    kind: reference.kind,
    status,
    test: null,
    statistic: null,
    pValue: null,
    threshold: null,
    isDrifted: false,
    referenceCount: reference.count,
    currentCount: current?.count ?? 0,
    referenceMissingShare: referenceRows > 0 ? reference.missing / referenceRows : 0,
    currentMissingShare: current && currentRows > 0 ? current.missing / currentRows : null,
    approximationError: null,
    unseen: null,
    bars: [],
    message,
  };
}

/** Wasserstein normed by the reference std: exact from a complete sample, else via the sketch. */
function normedWasserstein(reference: NumericReference, current: NumericCurrent): TestOutcome {
  const norm = Math.max(reference.stats!.std, 0.001);
  if (reference.sample.length === reference.count || !reference.sketch) {
    const exact = wassersteinDistance(reference.sample, current.sorted);
    return { statistic: exact / norm, pValue: null, approximationError: 0 };
  }
  const approximate = wassersteinToSketch(reference.sketch, current.sorted);
  return {
    statistic: approximate / norm,
    pValue: null,
    approximationError: reference.sketch.errorBound / norm,
  };
}

function runTest(
  test: DriftTestName,
  keys: KeyCounts,
  reference: FeatureReference,
  current: FeatureCurrent,
): TestOutcome {
  const plain = (statistic: number, pValue: number | null = null): TestOutcome => ({
    statistic,
    pValue,
    approximationError: null,
  });
  if (reference.kind !== 'category' && current.kind !== 'category') {
    if (test === 'ks') {
      const { statistic, pValue } = ks2Samp(reference.sample, current.sorted);
      return plain(statistic, pValue);
    }
    if (test === 'wasserstein') return normedWasserstein(reference, current);
  }
  if (test === 'chi-square') {
    const { statistic, pValue } = chiSquareTest(keys.reference, keys.current);
    return plain(statistic, pValue);
  }
  if (test === 'z-test') {
    const first = [keys.reference[0] ?? 0, keys.current[0] ?? 0];
    const result = proportionZTest(first[0]!, reference.count, first[1]!, current.count);
    return plain(result.statistic, result.pValue);
  }
  if (test === 'jensen-shannon') return plain(jensenShannonDistance(keys.reference, keys.current));
  return plain(populationStabilityIndex(keys.reference, keys.current));
}

/** Shared keys of a column, and how many distinct values reference and batch hold together. */
function keysOf(
  reference: FeatureReference,
  current: FeatureCurrent,
): { keys: KeyCounts; unique: number } {
  if (reference.kind === 'category' && current.kind === 'category') {
    const keys = levelKeys(reference, current);
    const unseen = reference.otherLevels === 0 ? current.unlisted.length : 0;
    return { keys, unique: reference.levels.length + reference.otherLevels + unseen };
  }
  if (reference.kind !== 'category' && current.kind !== 'category') {
    if (reference.distinct) {
      const keys = valueKeys(reference, current);
      return { keys, unique: keys.labels.length };
    }
    return { keys: binKeys(reference, current), unique: Infinity };
  }
  throw new Error(`Column "${reference.name}" has different kinds in reference and batch.`);
}

function unseenOf(reference: FeatureReference, current: FeatureCurrent): FeatureDrift['unseen'] {
  if (reference.kind !== 'category' || current.kind !== 'category') return null;
  const rows = current.unlisted.reduce((total, entry) => total + entry.count, 0);
  return { rows, levels: current.unlisted.slice(0, 20), isCertain: reference.otherLevels === 0 };
}

/**
 * Tests one column of a batch against its reference (see `select-test.ts` for which test).
 * Columns with no present value on either side are returned untested, with a message.
 */
export function featureDrift(
  reference: FeatureReference,
  current: FeatureCurrent,
  settings: FeatureTestSettings,
): FeatureDrift {
  if (reference.count === 0) {
    return featureEntry(
      reference,
      'empty-reference',
      `"${reference.name}" had no values in training.`,
      current,
    );
  }
  if (current.count === 0) {
    const message = `All ${current.missing} values of "${reference.name}" are missing in the batch.`;
    return featureEntry(reference, 'empty-batch', message, current);
  }
  const { keys, unique } = keysOf(reference, current);
  const test = selectTest(settings.method, reference.count, reference.kind !== 'category', unique);
  const outcome = runTest(test, keys, reference, current);
  const threshold = settings.thresholds[test];
  const value = hasPValue(test) ? outcome.pValue! : outcome.statistic;
  return {
    ...featureEntry(reference, 'tested', null, current),
    test,
    ...outcome,
    threshold,
    isDrifted: isDriftedBy(test, value, threshold),
    unseen: unseenOf(reference, current),
    bars: barsOf(keys),
  };
}
