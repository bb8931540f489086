import { formatCount } from '../data/ingest/limits';
import type { IngestReport } from '../data/ingest/report';
import { ALERT_THRESHOLDS, percent } from './alerts';
import type {
  Alert,
  ColumnProfile,
  DuplicateRows,
  TargetAssociation,
  TargetProfile,
} from './types';

/** Alerts about the whole table: duplicate rows and ragged rows. */
export function tableAlerts(duplicates: DuplicateRows, ingest?: IngestReport): Alert[] {
  const alerts: Alert[] = [];
  if (duplicates.count > 0) {
    alerts.push({
      kind: 'duplicates',
      severity: 'warning',
      value: duplicates.count,
      message: `${formatCount(duplicates.count)} rows (${percent(duplicates.share)}) repeat an earlier row exactly.`,
    });
  }
  const conflicting = (duplicates.ignoringTarget ?? 0) - duplicates.count;
  if (conflicting > 0) {
    alerts.push({
      kind: 'duplicates',
      severity: 'info',
      value: conflicting,
      message: `${formatCount(conflicting)} more rows repeat an earlier row in every column but the target, with another target value.`,
    });
  }
  if (ingest) alerts.push(...raggedAlerts(ingest));
  return alerts;
}

function raggedAlerts(ingest: IngestReport): Alert[] {
  const issues = [
    { issue: ingest.shortRows, text: 'fewer cells than the header (padded as missing)' },
    { issue: ingest.longRows, text: 'more cells than the header (extra cells dropped)' },
  ];
  return issues
    .filter(({ issue }) => issue.count > 0)
    .map(({ issue, text }) => ({
      kind: 'ragged-rows' as const,
      severity: 'warning' as const,
      value: issue.count,
      message: `${formatCount(issue.count)} rows have ${text}, first at lines ${issue.lines.slice(0, 5).join(', ')}.`,
    }));
}

/** Alerts about the target: rows without it, and features that may leak it. */
export function targetAlerts(
  target: TargetProfile,
  associations: readonly TargetAssociation[],
  profiles: readonly ColumnProfile[],
): Alert[] {
  const alerts: Alert[] = [];
  if (target.missing > 0) {
    alerts.push({
      kind: 'target-missing',
      severity: 'warning',
      column: target.name,
      value: target.missing,
      message: `${target.name}: ${formatCount(target.missing)} rows have no target value; training leaves them out.`,
    });
  }
  for (const association of associations) {
    const strength = leakStrength(association, profiles);
    if (strength === null) continue;
    alerts.push({
      kind: 'target-leak',
      severity: 'warning',
      column: association.name,
      value: strength.value,
      message: `${association.name}: ${strength.measure} = ${strength.value.toFixed(3)} with ${target.name}. It may be computed from the price (a leak); consider leaving it out of the features.`,
    });
  }
  return alerts;
}

/** The measure that marks a possible leak, or null when none reaches the threshold. */
function leakStrength(
  association: TargetAssociation,
  profiles: readonly ColumnProfile[],
): { measure: string; value: number } | null {
  const threshold = ALERT_THRESHOLDS.leak;
  if (association.measure === 'eta') {
    const profile = profiles.find((p) => p.name === association.name);
    const fewLevels =
      !!profile && profile.distinct <= profile.count * ALERT_THRESHOLDS.leakMaxLevelShare;
    return fewLevels && association.value >= threshold
      ? { measure: 'η', value: association.value }
      : null;
  }
  if (association.value >= threshold) return { measure: '|r|', value: association.value };
  const spearman = association.spearman ?? 0;
  return spearman >= threshold ? { measure: '|Spearman ρ|', value: spearman } : null;
}
