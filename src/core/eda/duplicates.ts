import { releaseArray } from '../data/ingest/release';
import { isNumericColumn, type DataColumn, type DataTable } from '../data/ingest/table';
import { countRepeatedPairs } from './repeated-pairs';

/**
 * Rows equal to an earlier row in every column (pandas `df.duplicated().sum()` on the parsed
 * values). Each row gets a 64-bit hash built column by column (two 32-bit lanes, each column
 * mixed in by a bijection, so rows that differ in one column never collide), then avalanched;
 * equal hashes are grouped and repeats counted. Two rows that differ in several columns share a
 * hash with odds of about n² / 2⁶⁵.
 */
export function countDuplicateRows(table: DataTable): number {
  return duplicateCounts(table).count;
}

/**
 * Duplicate rows counted over every column, and over every column but `lastColumn`. Memory: one
 * array of 8 bytes a row, hashed twice (when there are repeats at all) rather than holding two
 * sets of hashes at once.
 */
export function duplicateCounts(
  table: DataTable,
  lastColumn?: string,
): { count: number; ignoringLast: number } {
  const others = table.columns.filter((column) => column.name !== lastColumn);
  const last = table.columns.find((column) => column.name === lastColumn);
  const hashes = new Int32Array(2 * table.rowCount);
  const ignoringLast = countRepeatedRows(hashes, others);
  // A row equal to an earlier one in every column is equal to it in all but the last.
  const count =
    last && ignoringLast > 0 ? countRepeatedRows(hashes, [...others, last]) : ignoringLast;
  releaseArray(hashes);
  return { count, ignoringLast };
}

/** Hashes each row's cells in `columns` into `hashes` (pairs) and counts repeated rows. */
function countRepeatedRows(hashes: Int32Array, columns: readonly DataColumn[]): number {
  for (let i = 0; i < hashes.length; i += 2) {
    hashes[i] = 0x2545f491;
    hashes[i + 1] = 0x68e31da4;
  }
  for (const column of columns) hashColumn(hashes, column);
  for (let i = 0; i < hashes.length; i += 2) {
    const low = avalanche(hashes[i]! ^ Math.imul(hashes[i + 1]!, 0x9e3779b1));
    hashes[i] = low;
    hashes[i + 1] = avalanche(hashes[i + 1]! ^ low);
  }
  return countRepeatedPairs(hashes);
}

/**
 * Mixes one column into every row's pair of lanes (missing numbers hash alike; -0 as 0). A
 * number's two 32-bit words are read straight from its column's bytes, and both lanes see both.
 */
function hashColumn(hashes: Int32Array, column: DataColumn): void {
  const n = hashes.length / 2;
  if (!isNumericColumn(column)) {
    const codes = column.codes;
    for (let i = 0; i < n; i++) {
      hashes[2 * i] = Math.imul(rotate(hashes[2 * i]!) ^ codes[i]!, 0xcc9e2d51);
      hashes[2 * i + 1] = Math.imul(rotate(hashes[2 * i + 1]!) ^ codes[i]!, 0x1b873593);
    }
    return;
  }
  const values = column.values;
  const words = new Int32Array(values.buffer, values.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    let low = 0;
    let high = 0;
    if (value !== value) {
      low = NAN_LOW;
      high = NAN_HIGH;
    } else if (value !== 0) {
      low = words[2 * i]!;
      high = words[2 * i + 1]!;
    }
    hashes[2 * i] = Math.imul(rotate(hashes[2 * i]!) ^ low, 0xcc9e2d51) ^ high;
    hashes[2 * i + 1] = Math.imul(rotate(hashes[2 * i + 1]!) ^ high, 0x1b873593) ^ low;
  }
}

/** The words of the one NaN that stands for every missing number. */
const NAN_BITS = new Int32Array(new Float64Array([Number.NaN]).buffer);
const NAN_LOW = NAN_BITS[0]!;
const NAN_HIGH = NAN_BITS[1]!;

function rotate(lane: number): number {
  return (lane << 5) | (lane >>> 27);
}

/** murmur3's finaliser: every input bit affects every output bit. */
function avalanche(lane: number): number {
  let k = lane ^ (lane >>> 16);
  k = Math.imul(k, 0x85ebca6b);
  k ^= k >>> 13;
  k = Math.imul(k, 0xc2b2ae35);
  return k ^ (k >>> 16);
}
