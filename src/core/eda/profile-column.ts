import { releaseArray } from '../data/ingest/release';
import { isNumericColumn, type DataColumn, type NumericColumn } from '../data/ingest/table';
import { featureBins, featureBinsOfCounts, type FeatureBins } from './feature-bins';
import {
  histogramOfCounts,
  histogramOfSorted,
  logHistogramOfCounts,
  logHistogramOverSorted,
  type LogHistogram,
} from './histogram';
import { countLevels, levelRange, topLevels } from './level-counts';
import {
  countDistinctSorted,
  sortFinite,
  summariseCounts,
  summariseSorted,
  withEnds,
  type CountedValues,
} from './numeric-summary';
import type { ColumnProfile, TopLevels } from './types';
import { countFiniteValues } from './value-counts';

/**
 * A column's profile; for numeric columns also how to group its rows in a target view, and for
 * the target its log-scale histogram. Each numeric column's sorted copy is freed before the next
 * is made, so memory holds one at a time.
 */
export interface ProfiledColumn {
  profile: ColumnProfile;
  bins: FeatureBins | null;
  /** Asked for with `isTarget` (a number column's); null otherwise. */
  logScale: LogHistogram | null;
  /** Rows per level of a coded column; null for numeric columns. */
  levelCounts: Int32Array | null;
}

/** Profiles one column: counts, distinct values, and statistics and bars fit for its type. */
export function profileColumn(column: DataColumn, isTarget = false): ProfiledColumn {
  if (isNumericColumn(column)) return profileNumeric(column, isTarget);
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
  return { profile, bins: null, logScale: null, levelCounts: counts };
}

/** Columns with at most this many distinct values are profiled from their value counts. */
const MAX_COUNTED_VALUES = 1 << 16;

/**
 * A numeric column's profile. Columns with few distinct values (years, tax bands, and prices or
 * mileages with thousands of values over millions of rows) are profiled from a count of each
 * value, with no sorted copy; others from a sorted copy of their present values, freed after.
 * Both give the same figures.
 */
function profileNumeric(column: NumericColumn, isTarget: boolean): ProfiledColumn {
  const counted = countFiniteValues(column.values, MAX_COUNTED_VALUES);
  if (counted !== null) return profileCounted(column, withEnds(counted), isTarget);
  const sorted = sortFinite(column.values);
  const profile = numericProfile(column, sorted.length, countDistinctSorted(sorted));
  if (sorted.length > 0) {
    profile.numeric = summariseSorted(sorted);
    profile.histogram = histogramOfSorted(sorted);
  }
  if (column.type === 'boolean') profile.top = booleanLevels(profile);
  const bins = sorted.length > 0 ? featureBins(sorted) : null;
  const logScale = isTarget ? logHistogramOverSorted(sorted) : null;
  releaseArray(sorted);
  return { profile, bins, logScale, levelCounts: null };
}

function profileCounted(
  column: NumericColumn,
  counted: CountedValues,
  isTarget: boolean,
): ProfiledColumn {
  const { values, counts, finite } = counted;
  const profile = numericProfile(column, finite, values.length);
  if (finite > 0) {
    profile.numeric = summariseCounts(counted);
    profile.histogram = histogramOfCounts(values, counts);
  }
  if (column.type === 'boolean') profile.top = booleanLevels(profile);
  const bins = finite > 0 ? featureBinsOfCounts(counted) : null;
  const logScale = isTarget ? logHistogramOfCounts(values, counts) : null;
  return { profile, bins, logScale, levelCounts: null };
}

/** The counts part of a numeric column's profile. */
function numericProfile(column: NumericColumn, count: number, distinct: number): ColumnProfile {
  const missing = column.values.length - count;
  const missingShare = share(missing, column.values.length);
  return { name: column.name, type: column.type, count, missing, missingShare, distinct };
}

/** A boolean column's true and false counts, as the levels of a category. */
function booleanLevels(profile: ColumnProfile): TopLevels {
  const trues = profile.count - (profile.numeric?.zeros ?? 0);
  const levels = [
    { level: 'true', count: trues },
    { level: 'false', count: profile.count - trues },
  ].filter((level) => level.count > 0);
  return { levels: levels.sort((a, b) => b.count - a.count), otherCount: 0, otherLevels: 0 };
}

/** `part / whole`, 0 when the whole is empty. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
