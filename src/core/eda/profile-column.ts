import { isNumericColumn, type DataColumn, type NumericColumn } from '../data/ingest/table';
import { histogramOfSorted } from './histogram';
import { countLevels, levelRange, topLevels } from './level-counts';
import { countDistinctSorted, sortFinite, summariseSorted } from './numeric-summary';
import { featureBins, type FeatureBins } from './target-views';
import type { ColumnProfile } from './types';

/**
 * A column's profile; for numeric columns also how to group its rows in a target view, and
 * its ascending present values when asked to keep them (the target's; others are dropped to
 * keep memory to one sorted copy at a time).
 */
export interface ProfiledColumn {
  profile: ColumnProfile;
  bins: FeatureBins | null;
  sorted: Float64Array | null;
}

/** Profiles one column: counts, distinct values, and statistics and bars fit for its type. */
export function profileColumn(column: DataColumn, isKeepingSorted = false): ProfiledColumn {
  if (isNumericColumn(column)) return profileNumeric(column, isKeepingSorted);
  const { counts, missing, distinct } = countLevels(column);
  const rowCount = column.codes.length;
  const profile: ColumnProfile = {
    name: column.name,
    type: column.type,
    count: rowCount - missing,
    missing,
    missingShare: share(missing, rowCount),
    distinct,
    top: topLevels(column.levels, counts),
  };
  if (column.type === 'date') {
    const range = levelRange(column.levels, counts);
    if (range) profile.dateRange = range;
  }
  return { profile, bins: null, sorted: null };
}

function profileNumeric(column: NumericColumn, isKeepingSorted: boolean): ProfiledColumn {
  const sorted = sortFinite(column.values);
  const rowCount = column.values.length;
  const missing = rowCount - sorted.length;
  const profile: ColumnProfile = {
    name: column.name,
    type: column.type,
    count: sorted.length,
    missing,
    missingShare: share(missing, rowCount),
    distinct: countDistinctSorted(sorted),
  };
  if (sorted.length > 0) {
    profile.numeric = summariseSorted(sorted);
    profile.histogram = histogramOfSorted(sorted);
  }
  if (column.type === 'boolean') {
    const trues = sorted.length - (profile.numeric?.zeros ?? 0);
    const levels = [
      { level: 'true', count: trues },
      { level: 'false', count: sorted.length - trues },
    ].filter((level) => level.count > 0);
    profile.top = {
      levels: levels.sort((a, b) => b.count - a.count),
      otherCount: 0,
      otherLevels: 0,
    };
  }
  const bins = sorted.length > 0 ? featureBins(sorted) : null;
  return { profile, bins, sorted: isKeepingSorted ? sorted : null };
}

/** `part / whole`, 0 when the whole is empty. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
