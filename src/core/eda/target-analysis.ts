import { releaseArray } from '../data/ingest/release';
import { isNumericColumn, type DataTable, type NumericColumn } from '../data/ingest/table';
import { correlationRatio, pearson, rankValues, type NumericSeries } from './correlation';
import { histogramOfSorted } from './histogram';
import { sortFinite, summariseSorted } from './numeric-summary';
import type { ProfiledColumn } from './profile-column';
import { categoryFeatureView, numericFeatureView, targetValues } from './target-views';
import type {
  CorrelationMatrix,
  FeatureTargetView,
  TargetAssociation,
  TargetProfile,
} from './types';

/**
 * The target's distribution on a linear and a log10 scale, from its column profile (profiled
 * with `isTarget`, which gives the log scale).
 */
export function profileTarget(column: NumericColumn, profiled: ProfiledColumn): TargetProfile {
  const { profile, logScale } = profiled;
  const empty = new Float64Array(0);
  return {
    name: column.name,
    summary: profile.numeric ?? summariseSorted(empty),
    histogram: profile.histogram ?? histogramOfSorted(empty),
    logHistogram: logScale?.histogram ?? null,
    nonPositive: logScale?.nonPositive ?? 0,
    missing: profile.missing,
  };
}

/**
 * |r| and |ρ| (on a sample of rows) for numeric features, η for categories; strongest first.
 * r comes from `correlations` (whose first column is the target) when the feature is in it.
 */
export function targetAssociations(
  table: DataTable,
  profiled: readonly ProfiledColumn[],
  targetIndex: number,
  correlations: CorrelationMatrix,
): TargetAssociation[] {
  const target = seriesOf(table, profiled, targetIndex)!;
  const stride = Math.max(1, Math.ceil(table.rowCount / MAX_RANK_SAMPLE));
  const targetRanks = rankSample(target, stride);
  const associations: TargetAssociation[] = [];
  table.columns.forEach((column, i) => {
    if (i === targetIndex) return;
    const feature = seriesOf(table, profiled, i);
    if (feature) {
      const featureRanks = rankSample(feature, stride);
      const spearman = Math.abs(pearson(targetRanks, featureRanks));
      releaseArray(featureRanks.values);
      const value = Math.abs(correlationWithTarget(correlations, target, feature));
      associations.push({ name: column.name, measure: 'pearson', value, spearman });
    } else if (column.type === 'category') {
      const value = correlationRatio(column, target.values);
      associations.push({ name: column.name, measure: 'eta', value });
    }
  });
  releaseArray(targetRanks.values);
  return associations.filter((a) => !Number.isNaN(a.value)).sort((a, b) => b.value - a.value);
}

/** Pearson r of the target and a feature, read from the matrix when it holds both. */
function correlationWithTarget(
  correlations: CorrelationMatrix,
  target: NumericSeries,
  feature: NumericSeries,
): number {
  const at = correlations.names.indexOf(feature.name);
  const isTargetFirst = correlations.names[0] === target.name;
  return at > 0 && isTargetFirst ? correlations.values[0]![at]! : pearson(target, feature);
}

/** A numeric column with present values as a series, or null. */
export function seriesOf(
  table: DataTable,
  profiled: readonly ProfiledColumn[],
  index: number,
): NumericSeries | null {
  const column = table.columns[index]!;
  const { numeric, missing } = profiled[index]!.profile;
  if (!isNumericColumn(column) || numeric === undefined) return null;
  return {
    name: column.name,
    values: column.values,
    mean: numeric.mean,
    isComplete: missing === 0,
  };
}

/** Spearman's ρ is computed on every k-th row: at most this many rows. */
export const MAX_RANK_SAMPLE = 100_000;

/** Ranks of every `stride`-th value of a series (Pearson r of two of them is Spearman's ρ). */
function rankSample(series: NumericSeries, stride: number): NumericSeries {
  const sample = new Float64Array(Math.ceil(series.values.length / stride));
  for (let i = 0, k = 0; k < sample.length; i += stride, k++) sample[k] = series.values[i]!;
  const sorted = sortFinite(sample);
  const ranks = rankValues(sample, sorted);
  releaseArray(sample);
  releaseArray(sorted);
  return { name: series.name, values: ranks, mean: (sorted.length + 1) / 2 };
}

/** The target against every number, boolean and category feature. */
export function targetViews(
  table: DataTable,
  profiled: readonly ProfiledColumn[],
  targetIndex: number,
): FeatureTargetView[] {
  const target = targetValues((table.columns[targetIndex] as NumericColumn).values);
  const views: FeatureTargetView[] = [];
  table.columns.forEach((column, i) => {
    const { bins, levelCounts } = profiled[i]!;
    if (i === targetIndex) return;
    if (isNumericColumn(column) && bins) {
      const view = numericFeatureView(column.name, column.values, bins, target);
      if (column.type === 'boolean') {
        for (const group of view.groups) group.label = group.low === 1 ? 'true' : 'false';
      }
      views.push(view);
    } else if (column.type === 'category') {
      views.push(categoryFeatureView(column, target, levelCounts ?? undefined));
    }
  });
  return views;
}
