import type { CodedColumn } from '../data/ingest/table';
import type { TopLevels } from './types';

/** The most frequent levels shown before `other`. */
export const MAX_TOP_LEVELS = 20;

/** Counts of each level of a coded column, and of missing cells. */
export interface LevelCounts {
  counts: Int32Array;
  missing: number;
  distinct: number;
}

/** Counts every level of a dictionary-encoded column in one pass. */
export function countLevels(column: CodedColumn): LevelCounts {
  const counts = new Int32Array(column.levels.length);
  let missing = 0;
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code < 0) missing++;
    else counts[code]!++;
  }
  let distinct = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) distinct++;
  return { counts, missing, distinct };
}

/** Level indices with a count, most frequent first (ties in order of first appearance). */
export function levelsByCount(counts: Int32Array): number[] {
  const order: number[] = [];
  for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) order.push(i);
  return order.sort((a, b) => counts[b]! - counts[a]! || a - b);
}

/** The top {@link MAX_TOP_LEVELS} levels and one `other` count. */
export function topLevels(labels: readonly string[], counts: Int32Array): TopLevels {
  const order = levelsByCount(counts);
  const shown = order.slice(0, MAX_TOP_LEVELS);
  let otherCount = 0;
  for (const index of order.slice(MAX_TOP_LEVELS)) otherCount += counts[index]!;
  return {
    levels: shown.map((index) => ({ level: labels[index]!, count: counts[index]! })),
    otherCount,
    otherLevels: Math.max(0, order.length - MAX_TOP_LEVELS),
  };
}

/** Lexicographic min and max of the used levels (ISO dates sort as time); null if none. */
export function levelRange(
  labels: readonly string[],
  counts: Int32Array,
): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] === 0) continue;
    const label = labels[i]!;
    if (min === null || label < min) min = label;
    if (max === null || label > max) max = label;
  }
  return min === null || max === null ? null : { min, max };
}
