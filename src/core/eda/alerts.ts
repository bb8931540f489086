import { formatCount } from '../data/ingest/limits';
import type { ColumnIngestReport } from '../data/ingest/report';
import type { Alert, ColumnProfile } from './types';

/**
 * When an alert fires. Chosen to flag what changes how a price model should be trained,
 * in the spirit of ydata-profiling (its defaults are noted where they differ).
 */
export const ALERT_THRESHOLDS = {
  /** many-missing: more than 20% of the rows have no value (ydata flags any missing). */
  manyMissingShare: 0.2,
  /** high-cardinality: a category with more than 50 distinct values (ydata's default). */
  highCardinality: 50,
  /** skewed: |skewness| > 1, "highly skewed" by Bulmer's rule; a log scale may help (ydata: 20). */
  skewness: 1,
  /** many-zeros: more than 10% of the present values are exactly 0 (ydata: 5%). */
  manyZerosShare: 0.1,
  /** imbalanced: one level holds at least 95% of the present values. */
  imbalanceShare: 0.95,
  /** target-leak: |Pearson r|, |Spearman ρ| or η with the target of at least 0.95. */
  leak: 0.95,
  /** η is only trusted for a leak when levels are at most 1% of the rows (≥ 100 rows a level). */
  leakMaxLevelShare: 0.01,
  /** unique: every value differs, from this many present values up. */
  uniqueMinCount: 20,
} as const;

const T = ALERT_THRESHOLDS;

type AddAlert = (
  kind: Alert['kind'],
  severity: Alert['severity'],
  value: number,
  text: string,
) => void;

/** Alerts about one column from its profile, and from its ingest report when given. */
export function columnAlerts(profile: ColumnProfile, ingest?: ColumnIngestReport): Alert[] {
  const alerts: Alert[] = [];
  const add: AddAlert = (kind, severity, value, text) =>
    alerts.push({
      kind,
      severity,
      column: profile.name,
      value,
      message: `${profile.name}: ${text}`,
    });
  presenceAlerts(profile, add);
  distributionAlerts(profile, add);
  if (ingest) alerts.push(...ingestAlerts(profile.name, ingest));
  return alerts;
}

/** all-missing, constant, many-missing, id-like, high-cardinality, unique. */
function presenceAlerts(profile: ColumnProfile, add: AddAlert): void {
  const { count, distinct, missingShare, type } = profile;
  if (count === 0) add('all-missing', 'warning', profile.missing, 'every value is missing.');
  else if (distinct === 1) add('constant', 'warning', 1, 'has one value only; it tells nothing.');
  if (count > 0 && missingShare > T.manyMissingShare) {
    add('many-missing', 'warning', missingShare, `${percent(missingShare)} missing.`);
  }
  if (type === 'id') add('id-like', 'info', distinct, 'looks like an identifier, not a feature.');
  if (type === 'category' && distinct > T.highCardinality) {
    add('high-cardinality', 'info', distinct, `${formatCount(distinct)} distinct values.`);
  }
  const isTextLike = type === 'category' || type === 'text' || type === 'date';
  if (isTextLike && distinct === count && count >= T.uniqueMinCount) {
    add('unique', 'info', distinct, 'every value is different.');
  }
}

/** skewed, many-zeros (numbers), imbalanced (categories and booleans). */
function distributionAlerts(profile: ColumnProfile, add: AddAlert): void {
  const { count, distinct, numeric } = profile;
  if (profile.type === 'number' && numeric && distinct > 2) {
    const skew = numeric.skewness;
    if (Math.abs(skew) > T.skewness) {
      add('skewed', 'info', skew, `${skew > 0 ? 'right' : 'left'}-skewed (${skew.toFixed(1)}).`);
    }
    const zeros = numeric.zeros / count;
    if (zeros > T.manyZerosShare) {
      add('many-zeros', 'info', zeros, `${percent(zeros)} zeros (${formatCount(numeric.zeros)}).`);
    }
  }
  const top = profile.top?.levels[0];
  if (top && distinct > 1 && top.count / count >= T.imbalanceShare) {
    const text = `"${top.level}" is ${percent(top.count / count)} of the values.`;
    add('imbalanced', 'info', top.count / count, text);
  }
}

/** Alerts about what ingest read on the person's behalf in one column. */
function ingestAlerts(name: string, report: ColumnIngestReport): Alert[] {
  const alerts: Alert[] = [];
  const { nonFinite, unparsed } = report.quirks;
  if (nonFinite > 0) {
    alerts.push({
      kind: 'infinite',
      severity: 'warning',
      column: name,
      value: nonFinite,
      message: `${name}: ${formatCount(nonFinite)} infinite values (inf, 1e999…) read as missing.`,
    });
  }
  if (unparsed > 0) {
    const examples = report.unparsedExamples.map((e) => JSON.stringify(e.cell)).join(', ');
    const message = `${name}: ${formatCount(unparsed)} cells are not a ${report.type} (${examples}) and were read as missing.`;
    alerts.push({ kind: 'unparsed', severity: 'warning', column: name, value: unparsed, message });
  }
  const messy = describeMessy(report);
  if (messy.count > 0) {
    const message = `${name}: ${messy.parts.join(', ')}.`;
    alerts.push({
      kind: 'messy-values',
      severity: 'info',
      column: name,
      value: messy.count,
      message,
    });
  }
  return alerts;
}

function describeMessy(report: ColumnIngestReport): { count: number; parts: string[] } {
  const q = report.quirks;
  const items: [number, string][] = [
    [q.decimalComma, 'with a decimal comma'],
    [q.thousands, 'with thousands separators'],
    [q.currency, 'with a currency sign'],
    [q.range, 'ranges read as their midpoint'],
    [q.placeholder, 'placeholders (--, NA…) read as missing'],
    [q.straySpaces, 'with stray spaces, trimmed'],
  ];
  const present = items.filter(([n]) => n > 0);
  return {
    count: present.reduce((sum, [n]) => sum + n, 0),
    parts: present.map(([n, text]) => `${text}: ${formatCount(n)}`),
  };
}

/** `0.123` → `12.3%`. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
