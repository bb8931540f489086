import type { ColumnType } from '../../core/data/column-typing';
import type { Alert, Histogram, TopLevels } from '../../core/eda';
import type { CountBar } from '../../ui/count-bar';
import { formatNumber } from '../../ui/format';

/** Types a person can give a column, with what each means for a model. */
export const COLUMN_TYPE_OPTIONS: { type: ColumnType; label: string }[] = [
  { type: 'number', label: 'number' },
  { type: 'category', label: 'category' },
  { type: 'boolean', label: 'boolean' },
  { type: 'date', label: 'date' },
  { type: 'id', label: 'id-like' },
  { type: 'text', label: 'text' },
];

/** Short numbers for axis labels: `12.3k`, `4.5M`. */
export function formatCompact(value: number): string {
  const size = Math.abs(value);
  if (size >= 1e9) return `${formatNumber(value / 1e9)}B`;
  if (size >= 1e6) return `${formatNumber(value / 1e6)}M`;
  if (size >= 1e4) return `${formatNumber(value / 1e3)}k`;
  return formatNumber(value);
}

/**
 * Bars of a histogram: a bin is labelled by its lower edge (the tooltip shows the range);
 * `transform` turns edges back into the person's units (10^x for a log10 histogram).
 */
export function histogramBars(histogram: Histogram, transform = (x: number) => x): CountBar[] {
  if (histogram.kind === 'values') {
    return histogram.values.map((value, i) => ({
      label: formatCompact(transform(value)),
      count: histogram.counts[i] ?? 0,
    }));
  }
  return histogram.counts.map((count, i) => ({
    label: `${formatCompact(transform(histogram.edges[i]!))}–${formatCompact(transform(histogram.edges[i + 1]!))}`,
    count,
  }));
}

/** Bars of a column's most frequent levels, then one bar for all the others. */
export function topLevelBars(top: TopLevels): CountBar[] {
  const bars = top.levels.map(({ level, count }) => ({ label: level || '(empty)', count }));
  if (top.otherCount > 0) {
    bars.push({ label: `${top.otherLevels} other levels`, count: top.otherCount });
  }
  return bars;
}

/** Alerts with warnings first, then by column order as the report lists them. */
export function sortAlerts(alerts: readonly Alert[]): Alert[] {
  const rank = (alert: Alert) => (alert.severity === 'warning' ? 0 : 1);
  return alerts
    .map((alert, index) => ({ alert, index }))
    .sort((a, b) => rank(a.alert) - rank(b.alert) || a.index - b.index)
    .map(({ alert }) => alert);
}

/** A CSS background for a correlation in [-1, 1]: blue for positive, red for negative. */
export function correlationColor(value: number): string {
  if (!Number.isFinite(value)) return 'transparent';
  const strength = Math.min(1, Math.abs(value));
  const hue = value >= 0 ? '36, 86, 214' : '180, 35, 24';
  return `rgba(${hue}, ${(strength * 0.85).toFixed(2)})`;
}
