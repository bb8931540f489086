import {
  driftCoverage,
  isTested,
  type DriftCoverage,
  type DriftReport,
  type DriftTestName,
  type FeatureDrift,
} from '../../core/drift';
import { formatPercent } from '../../ui/format';

const TEST_NAMES: Record<DriftTestName, string> = {
  ks: 'Kolmogorov–Smirnov',
  'chi-square': 'χ²',
  'z-test': 'z-test',
  wasserstein: 'Wasserstein (normed)',
  'jensen-shannon': 'Jensen–Shannon',
  psi: 'PSI',
};

/** A test's name for people. */
export function testLabel(test: DriftTestName | null): string {
  return test ? TEST_NAMES[test] : 'not tested';
}

/** A statistic or p-value to 4 significant digits; "∞" and "–" for the rest. */
export function formatStatistic(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return '∞';
  return Number(value.toPrecision(4)).toString();
}

/** "p = 0.012 < 0.05" or "0.21 ≥ 0.1": why the column was judged as it was. */
export function verdictOf(feature: FeatureDrift): string {
  if (feature.status !== 'tested') return feature.message ?? 'Not tested.';
  const threshold = formatStatistic(feature.threshold);
  if (feature.pValue !== null) {
    const sign = feature.isDrifted ? '<' : '≥';
    return `p = ${formatStatistic(feature.pValue)} ${sign} ${threshold}`;
  }
  const sign = feature.isDrifted ? '≥' : '<';
  return `${formatStatistic(feature.statistic)} ${sign} ${threshold}`;
}

/** `data-state` of a column card or of the dataset verdict: untested is never called stable. */
export type DriftState = 'drifted' | 'stable' | 'not-tested';

/** Whether a column drifted, stayed stable, or was not tested at all. */
export function featureState(feature: FeatureDrift): DriftState {
  if (!isTested(feature)) return 'not-tested';
  return feature.isDrifted ? 'drifted' : 'stable';
}

/** The dataset's verdict; not tested when no input could be tested. */
export function datasetState(
  drift: Pick<DriftReport, 'testedCount' | 'isDatasetDrift'>,
): DriftState {
  if (drift.testedCount === 0) return 'not-tested';
  return drift.isDatasetDrift ? 'drifted' : 'stable';
}

const HEADLINES: Record<DriftState, string> = {
  drifted: 'Dataset drift detected',
  stable: 'No dataset drift',
  'not-tested': 'Drift not tested: no model input could be tested',
};

/** The verdict's heading, saying how many inputs it rests on when some were not tested. */
export function datasetHeadline(drift: DriftReport): string {
  const state = datasetState(drift);
  const { testedCount, inputCount } = driftCoverage(drift.features);
  if (state === 'not-tested' || testedCount === inputCount) return HEADLINES[state];
  return `${HEADLINES[state]} — only ${testedCount} of ${inputCount} model inputs tested`;
}

/** "1 of 4 tested features drifted (25 %; …)": the share, said to count tested features only. */
export function shareSentence(drift: DriftReport): string {
  const share = formatPercent(drift.driftShare * 100);
  const threshold = formatPercent(drift.driftShareThreshold * 100);
  return (
    `${drift.driftedCount} of ${drift.testedCount} tested features drifted (${share}; ` +
    `dataset drift from ${threshold} of the tested features).`
  );
}

/**
 * What the verdict did not cover: "8 of 9 model inputs are not in this batch, so they were not
 * tested." and likewise for inputs present but untestable. Empty when every input was tested.
 */
export function coverageSentences(coverage: DriftCoverage): string[] {
  const of = (names: readonly string[]) => `${names.length} of ${coverage.inputCount} model inputs`;
  const sentences: string[] = [];
  const { missing, untestable } = coverage;
  if (missing.length > 0) {
    const verb =
      missing.length === 1
        ? 'is not in this batch, so it was'
        : 'are not in this batch, so they were';
    sentences.push(`${of(missing)} ${verb} not tested.`);
  }
  if (untestable.length > 0) {
    const verb = untestable.length === 1 ? 'is in the batch but was' : 'are in the batch but were';
    sentences.push(`${of(untestable)} ${verb} not tested (see the cards below).`);
  }
  return sentences;
}
