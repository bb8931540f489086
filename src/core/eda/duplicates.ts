import { isNumericColumn, type DataColumn, type DataTable } from '../data/ingest/table';

/**
 * Rows equal to an earlier row in every column (pandas `df.duplicated().sum()` on the parsed
 * values). Each row gets a 53-bit hash built column by column
 * (two 32-bit lanes, murmur3 mixing); the hashes are sorted and repeats counted. Two different
 * rows share a hash with odds of about n² / 2⁵⁴ (2·10⁻⁴ for two million rows).
 */
export function countDuplicateRows(table: DataTable): number {
  return duplicateCounts(table).count;
}

/**
 * Duplicate rows counted over every column, and over every column but `lastColumn` (hashed
 * last, so that both counts share one pass over the other columns).
 */
export function duplicateCounts(
  table: DataTable,
  lastColumn?: string,
): { count: number; ignoringLast: number } {
  const n = table.rowCount;
  const hashes = {
    low: new Int32Array(n).fill(0x2545f491),
    high: new Int32Array(n).fill(0x68e31da4),
  };
  const rest = table.columns.filter((column) => column.name !== lastColumn);
  for (const column of rest) hashColumn(hashes, column);
  const ignoringLast = countRepeats(hashes);
  const last = table.columns.find((column) => column.name === lastColumn);
  if (!last) return { count: ignoringLast, ignoringLast };
  hashColumn(hashes, last);
  return { count: countRepeats(hashes), ignoringLast };
}

interface RowHashes {
  low: Int32Array;
  high: Int32Array;
}

/** Mixes one column into every row's hash (missing numbers hash alike; -0 as 0). */
function hashColumn({ low, high }: RowHashes, column: DataColumn): void {
  const n = low.length;
  if (!isNumericColumn(column)) {
    const codes = column.codes;
    for (let i = 0; i < n; i++) {
      low[i] = mix(low[i]! ^ codes[i]!, 0xcc9e2d51);
      high[i] = mix(high[i]! ^ codes[i]!, 0x1b873593);
    }
    return;
  }
  const values = column.values;
  const bits = new Float64Array(1);
  const words = new Int32Array(bits.buffer);
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    bits[0] = value === value ? value + 0 : Number.NaN;
    low[i] = mix(low[i]! ^ words[0]!, 0xcc9e2d51) ^ words[1]!;
    high[i] = mix(high[i]! ^ words[1]!, 0x1b873593) ^ words[0]!;
  }
}

/** Rows whose 53-bit hash repeats an earlier one. */
function countRepeats({ low, high }: RowHashes): number {
  const n = low.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (high[i]! & 0x1fffff) * 0x100000000 + (low[i]! >>> 0);
  keys.sort();
  let duplicates = 0;
  for (let i = 1; i < n; i++) if (keys[i] === keys[i - 1]) duplicates++;
  return duplicates;
}

/** One murmur3 round: multiply, rotate, multiply, then the finaliser's avalanche. */
function mix(h: number, multiplier: number): number {
  let k = Math.imul(h, multiplier);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x85ebca6b);
  k ^= k >>> 13;
  k = Math.imul(k, 0xc2b2ae35);
  return k ^ (k >>> 16);
}
