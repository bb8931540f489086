import { isNumericColumn, type DataTable, type NumericColumn } from '../data/ingest/table';
import { correlationRatio, pearson, rankValues, type NumericSeries } from './correlation';
import { histogramOfSorted } from './histogram';
import { sortFinite, summariseSorted } from './numeric-summary';
import type { ProfiledColumn } from './profile-column';
import { categoryFeatureView, numericFeatureView } from './target-views';
import type { FeatureTargetView, TargetAssociation, TargetProfile } from './types';

/** The target's distribution on a linear and a log10 scale. */
export function profileTarget(column: NumericColumn, profiled: ProfiledColumn): TargetProfile {
  const sorted = profiled.sorted!;
  let firstPositive = 0;
  while (firstPositive < sorted.length && sorted[firstPositive]! <= 0) firstPositive++;
  const logs = sorted.subarray(firstPositive).map(Math.log10);
  return {
    name: column.name,
    summary: summariseSorted(sorted),
    histogram: histogramOfSorted(sorted),
    logHistogram: logs.length > 0 ? histogramOfSorted(logs) : null,
    nonPositive: firstPositive,
    missing: profiled.profile.missing,
  };
}

/** |r| and |ρ| (on a sample of rows) for numeric features, η for categories; strongest first. */
export function targetAssociations(
  table: DataTable,
  profiled: readonly ProfiledColumn[],
  targetIndex: number,
): TargetAssociation[] {
  const target = seriesOf(table, profiled, targetIndex)!;
  const stride = Math.max(1, Math.ceil(table.rowCount / MAX_RANK_SAMPLE));
  const targetRanks = rankSample(target, stride);
  const associations: TargetAssociation[] = [];
  table.columns.forEach((column, i) => {
    if (i === targetIndex) return;
    const feature = seriesOf(table, profiled, i);
    if (feature) {
      const spearman = Math.abs(pearson(targetRanks, rankSample(feature, stride)));
      const value = Math.abs(pearson(target, feature));
      associations.push({ name: column.name, measure: 'pearson', value, spearman });
    } else if (column.type === 'category') {
      const value = correlationRatio(column, target.values);
      associations.push({ name: column.name, measure: 'eta', value });
    }
  });
  return associations.filter((a) => !Number.isNaN(a.value)).sort((a, b) => b.value - a.value);
}

/** A numeric column with present values as a series, or null. */
export function seriesOf(
  table: DataTable,
  profiled: readonly ProfiledColumn[],
  index: number,
): NumericSeries | null {
  const column = table.columns[index]!;
  const mean = profiled[index]!.profile.numeric?.mean;
  if (!isNumericColumn(column) || mean === undefined) return null;
  return { name: column.name, values: column.values, mean };
}

/** Spearman's ρ is computed on every k-th row: at most this many rows. */
export const MAX_RANK_SAMPLE = 100_000;

/** Ranks of every `stride`-th value of a series (Pearson r of two of them is Spearman's ρ). */
function rankSample(series: NumericSeries, stride: number): NumericSeries {
  const sample = new Float64Array(Math.ceil(series.values.length / stride));
  for (let i = 0, k = 0; k < sample.length; i += stride, k++) sample[k] = series.values[i]!;
  const sorted = sortFinite(sample);
  return { name: series.name, values: rankValues(sample, sorted), mean: (sorted.length + 1) / 2 };
}

/** The target against every number, boolean and category feature. */
export function targetViews(
  table: DataTable,
  profiled: readonly ProfiledColumn[],
  targetIndex: number,
): FeatureTargetView[] {
  const target = (table.columns[targetIndex] as NumericColumn).values;
  const views: FeatureTargetView[] = [];
  table.columns.forEach((column, i) => {
    const bins = profiled[i]!.bins;
    if (i === targetIndex) return;
    if (isNumericColumn(column) && bins) {
      const view = numericFeatureView(column.name, column.values, bins, target);
      if (column.type === 'boolean') {
        for (const group of view.groups) group.label = group.low === 1 ? 'true' : 'false';
      }
      views.push(view);
    } else if (column.type === 'category') {
      views.push(categoryFeatureView(column, target));
    }
  });
  return views;
}
