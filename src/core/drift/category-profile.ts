import type { CategoryCurrent, CategoryReference } from './profile-types';

/** Counts of each level of `values` at `rows` (every row when null); null is missing. */
export function countLevelsAt(
  values: readonly (string | null)[],
  rows: Int32Array | null,
): { counts: Map<string, number>; missing: number } {
  const counts = new Map<string, number>();
  const total = rows ? rows.length : values.length;
  let missing = 0;
  for (let k = 0; k < total; k++) {
    const level = values[rows ? rows[k]! : k];
    if (level === null || level === undefined) missing++;
    else counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return { counts, missing };
}

/** Levels by count, most frequent first, ties by level (ascending) so the order is stable. */
export function sortLevels(counts: Map<string, number>): { level: string; count: number }[] {
  return Array.from(counts, ([level, count]) => ({ level, count })).sort(
    (a, b) => b.count - a.count || (a.level < b.level ? -1 : a.level > b.level ? 1 : 0),
  );
}

/** Summarises a reference category column: the `maxLevels` most frequent levels and `other`. */
export function categoryReference(
  name: string,
  column: { counts: Map<string, number>; missing: number },
  maxLevels: number,
): CategoryReference {
  const sorted = sortLevels(column.counts);
  const levels = sorted.slice(0, maxLevels);
  const rest = sorted.slice(maxLevels);
  const count = sorted.reduce((sum, entry) => sum + entry.count, 0);
  return {
    name,
    kind: 'category',
    count,
    missing: column.missing,
    levels,
    otherCount: rest.reduce((sum, entry) => sum + entry.count, 0),
    otherLevels: rest.length,
  };
}

/** Summarises a batch category column against its reference's listed levels. */
export function categoryCurrent(
  reference: CategoryReference,
  column: { counts: Map<string, number>; missing: number },
): CategoryCurrent {
  const listed = new Set(reference.levels.map((entry) => entry.level));
  const unlisted = new Map<string, number>();
  let count = 0;
  for (const [level, levelCount] of column.counts) {
    count += levelCount;
    if (!listed.has(level)) unlisted.set(level, levelCount);
  }
  return {
    name: reference.name,
    kind: 'category',
    count,
    missing: column.missing,
    counts: reference.levels.map((entry) => column.counts.get(entry.level) ?? 0),
    unlisted: sortLevels(unlisted),
  };
}
