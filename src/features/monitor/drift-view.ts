import type { DriftTestName, FeatureDrift } from '../../core/drift';

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
