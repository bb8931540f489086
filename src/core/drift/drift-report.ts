import type { Frame } from '../data/frame';
import { buildCurrentProfile } from './current-profile';
import { featureDrift, featureEntry, type FeatureTestSettings } from './feature-drift';
import type { CurrentProfile, FeatureReference, ReferenceProfile } from './profile-types';
import type { DriftOptions, DriftReport, DriftReportResult, FeatureDrift } from './report-types';
import { DEFAULT_THRESHOLDS, hasPValue, type DriftTestName } from './select-test';

export { performanceDrift } from './performance-drift';

/** Batches with fewer rows are refused unless `minRows` says otherwise. */
export const DEFAULT_MIN_ROWS = 30;

/** Below this many rows, distances mostly measure sampling noise; the report says so. */
export const SMALL_BATCH_ROWS = 300;

function settingsOf(options: DriftOptions): FeatureTestSettings {
  const thresholds: Record<DriftTestName, number> = { ...DEFAULT_THRESHOLDS };
  if (options.threshold !== undefined) {
    for (const test of Object.keys(thresholds) as DriftTestName[])
      thresholds[test] = options.threshold;
  }
  return { method: options.method ?? 'auto', thresholds: { ...thresholds, ...options.thresholds } };
}

/** Tests one reference column against the batch, or says why it cannot. */
function driftOf(
  reference: FeatureReference,
  current: CurrentProfile,
  settings: FeatureTestSettings,
): FeatureDrift {
  const problem = current.problems.find((entry) => entry.name === reference.name);
  if (problem) return featureEntry(reference, problem.problem, problem.message);
  const column = current.features.find((entry) => entry.name === reference.name);
  if (!column)
    return featureEntry(
      reference,
      'missing-column',
      `The batch has no column "${reference.name}".`,
    );
  return featureDrift(reference, column, settings);
}

function warningsOf(report: Omit<DriftReport, 'warnings'>): string[] {
  const warnings: string[] = [];
  const tested = report.features.filter((feature) => feature.status === 'tested');
  const usesDistance = tested.some((feature) => feature.test && !hasPValue(feature.test));
  if (usesDistance && report.currentRows < SMALL_BATCH_ROWS) {
    warnings.push(
      `The batch has ${report.currentRows} rows: below about ${SMALL_BATCH_ROWS}, distances (Wasserstein, Jensen–Shannon, PSI) mostly measure sampling noise and overstate drift.`,
    );
  }
  if (report.missingColumns.length > 0) {
    warnings.push(`Not tested, missing from the batch: ${report.missingColumns.join(', ')}.`);
  }
  for (const feature of report.features) {
    if (feature.status !== 'tested' && feature.status !== 'missing-column')
      warnings.push(feature.message ?? '');
    if (feature.unseen && feature.unseen.rows > 0) {
      const where = feature.unseen.isCertain
        ? 'never seen in training'
        : "outside training's top levels";
      warnings.push(`"${feature.name}": ${feature.unseen.rows} rows hold levels ${where}.`);
    }
  }
  return warnings;
}

/** Why a batch cannot be compared at all, or null when it can. */
function refusalOf(
  reference: ReferenceProfile,
  profile: CurrentProfile,
  minRows: number,
): string | null {
  if (profile.rows < minRows) {
    const rows = `${profile.rows} row${profile.rows === 1 ? '' : 's'}`;
    return `The batch has ${rows}; drift compares distributions and needs at least ${minRows}.`;
  }
  if (reference.features.length > 0 && profile.features.length === 0) {
    const names = reference.features.map((feature) => feature.name).join(', ');
    return `The batch has none of the model's columns (${names}).`;
  }
  return null;
}

/**
 * Drift of a batch (a frame, every row used, or a profile already built) against a model
 * version's reference profile, per column and for the dataset: drifted when at least
 * `driftShare` (0.5) of the tested features drift. Columns the batch lacks, or has only missing
 * values for, are reported untested and left out of the share. Refused (ok: false) when the
 * batch has fewer than `minRows` rows (30) or none of the model's columns. The target, when
 * present in both, is tested and reported apart.
 */
export function driftReport(
  reference: ReferenceProfile,
  current: CurrentProfile | Frame,
  options: DriftOptions = {},
): DriftReportResult {
  const profile = 'columns' in current ? buildCurrentProfile(reference, current) : current;
  const refusal = refusalOf(reference, profile, options.minRows ?? DEFAULT_MIN_ROWS);
  if (refusal) return { ok: false, message: refusal };
  const settings = settingsOf(options);
  const features = reference.features.map((feature) => driftOf(feature, profile, settings));
  const target =
    reference.target && profile.target
      ? featureDrift(reference.target, profile.target, settings)
      : null;
  const testedCount = features.filter((feature) => feature.status === 'tested').length;
  const driftedCount = features.filter((feature) => feature.isDrifted).length;
  const driftShare = testedCount > 0 ? driftedCount / testedCount : 0;
  const driftShareThreshold = options.driftShare ?? 0.5;
  const report = {
    method: settings.method,
    referenceRows: reference.rows,
    currentRows: profile.rows,
    features,
    target,
    testedCount,
    driftedCount,
    driftShare,
    driftShareThreshold,
    isDatasetDrift: testedCount > 0 && driftShare >= driftShareThreshold,
    missingColumns: profile.problems
      .filter((p) => p.problem === 'missing-column')
      .map((p) => p.name),
  };
  return { ok: true, report: { ...report, warnings: warningsOf(report) } };
}
