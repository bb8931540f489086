import { releaseArray } from '../data/ingest/release';

/** Distinct values and how often each occurs. */
export interface ValueCounts {
  /** Distinct finite values, ascending; -0 is counted as 0 (as a `Map` key would be). */
  values: Float64Array;
  /** `counts[k]` is how many times `values[k]` occurs. */
  counts: Int32Array;
  /** Finite values in the column (the sum of `counts`). */
  finite: number;
}

/** Open-addressing table of distinct doubles: `counts[slot] === 0` marks a free slot. */
interface CountTable {
  keys: Float64Array;
  counts: Int32Array;
  mask: number;
  size: number;
}

/**
 * Counts the distinct finite values of a column (NaN and ±Infinity left out) in a typed hash
 * table, or gives null as soon as there are more than `maxDistinct` of them. On columns of years,
 * prices or mileages with thousands of distinct values among millions of rows this is about 10×
 * faster than a `Map`, and needs no sorted copy of the column.
 */
export function countFiniteValues(values: Float64Array, maxDistinct: number): ValueCounts | null {
  let capacity = 16;
  while (capacity < 2 * maxDistinct) capacity *= 2;
  const table: CountTable = {
    keys: new Float64Array(capacity),
    counts: new Int32Array(capacity),
    mask: capacity - 1,
    size: 0,
  };
  const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  let finite = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value - value !== 0) continue;
    finite++;
    const hash = value === 0 ? 0 : hashWords(words[2 * i]!, words[2 * i + 1]!);
    if (addValue(table, value + 0, hash) && table.size > maxDistinct) {
      releaseTable(table);
      return null;
    }
  }
  return { ...sortedCounts(table), finite };
}

function releaseTable(table: CountTable): void {
  releaseArray(table.keys);
  releaseArray(table.counts);
}

/** Adds one occurrence; true when the value is new. */
function addValue(table: CountTable, value: number, hash: number): boolean {
  const { keys, counts, mask } = table;
  let slot = hash & mask;
  for (;;) {
    if (counts[slot] === 0) {
      keys[slot] = value;
      counts[slot] = 1;
      table.size++;
      return true;
    }
    if (keys[slot] === value) {
      counts[slot]!++;
      return false;
    }
    slot = (slot + 1) & mask;
  }
}

/** The table's values in ascending order with their counts. */
function sortedCounts(table: CountTable): { values: Float64Array; counts: Int32Array } {
  const values = new Float64Array(table.size);
  let at = 0;
  for (let slot = 0; slot < table.counts.length; slot++) {
    if (table.counts[slot]! > 0) values[at++] = table.keys[slot]!;
  }
  values.sort();
  const words = new Int32Array(values.buffer);
  const counts = new Int32Array(values.length);
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    let slot = (value === 0 ? 0 : hashWords(words[2 * k]!, words[2 * k + 1]!)) & table.mask;
    while (table.counts[slot] === 0 || table.keys[slot] !== value) slot = (slot + 1) & table.mask;
    counts[k] = table.counts[slot]!;
  }
  releaseTable(table);
  return { values, counts };
}

/** A 32-bit hash of a double's two words (murmur3's finaliser). */
function hashWords(low: number, high: number): number {
  let hash = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
