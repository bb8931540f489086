/** Pairs are split into groups by 8 bits at a time, from the top of their 64. */
const DIGIT_BITS = 8;
const BUCKETS = 1 << DIGIT_BITS;
const LEVELS = 64 / DIGIT_BITS;
/** Groups up to this size are sorted by insertion instead of being split further. */
const MAX_INSERTION_LENGTH = 64;

/**
 * How many 64-bit keys repeat an earlier one (`count - distinct`), for keys held as pairs of
 * 32-bit words `(keys[2i], keys[2i + 1])` (low, high) and spread evenly, such as row hashes.
 * Reorders the pairs in place and needs no second array: pairs are moved into 256 groups by
 * their top 8 bits (an in-place radix pass, "American flag sort"), each group by its next 8
 * bits, and so on; a small group is sorted by insertion and its runs counted, and a group whose
 * bits are all used holds one repeated key. Several times faster than sorting millions of keys.
 */
export function countRepeatedPairs(keys: Int32Array): number {
  const tables = new Int32Array(2 * BUCKETS * LEVELS);
  return countInGroup(keys, { start: 0, end: keys.length / 2, level: 0 }, tables);
}

/** Pairs `[start, end)` that share their top `level` digits. */
interface Group {
  start: number;
  end: number;
  level: number;
}

function countInGroup(keys: Int32Array, group: Group, tables: Int32Array): number {
  const { start, end, level } = group;
  if (level === LEVELS) return end - start - 1;
  if (end - start <= MAX_INSERTION_LENGTH) return sortAndCount(keys, start, end);
  const ends = tables.subarray(2 * BUCKETS * level, 2 * BUCKETS * level + BUCKETS);
  const next = tables.subarray(2 * BUCKETS * level + BUCKETS, 2 * BUCKETS * (level + 1));
  splitByDigit(keys, group, { ends, next });
  let repeats = 0;
  let from = start;
  for (let bucket = 0; bucket < BUCKETS; bucket++) {
    const to = ends[bucket]!;
    if (to - from > 1) {
      repeats += countInGroup(keys, { start: from, end: to, level: level + 1 }, tables);
    }
    from = to;
  }
  return repeats;
}

/** Moves the group's pairs into buckets by their digit; `ends` gets where each bucket ends. */
function splitByDigit(
  keys: Int32Array,
  { start, end, level }: Group,
  { ends, next }: { ends: Int32Array; next: Int32Array },
): void {
  // Digit `level` of pair i: 8 bits of its high word (levels 0–3), then of its low word.
  const word = level < 4 ? 1 : 0;
  const shift = 24 - 8 * (level & 3);
  ends.fill(0);
  for (let i = start; i < end; i++) ends[(keys[2 * i + word]! >>> shift) & 0xff]!++;
  let sum = start;
  for (let bucket = 0; bucket < BUCKETS; bucket++) {
    next[bucket] = sum;
    sum += ends[bucket]!;
    ends[bucket] = sum;
  }
  for (let bucket = 0; bucket < BUCKETS; bucket++) {
    while (next[bucket]! < ends[bucket]!) {
      // Carry the pair at the bucket's next place round its cycle until one belongs here.
      let low = keys[2 * next[bucket]!]!;
      let high = keys[2 * next[bucket]! + 1]!;
      let home = ((word === 1 ? high : low) >>> shift) & 0xff;
      while (home !== bucket) {
        const at = 2 * next[home]!++;
        const displacedLow = keys[at]!;
        const displacedHigh = keys[at + 1]!;
        keys[at] = low;
        keys[at + 1] = high;
        low = displacedLow;
        high = displacedHigh;
        home = ((word === 1 ? high : low) >>> shift) & 0xff;
      }
      const at = 2 * next[bucket]!++;
      keys[at] = low;
      keys[at + 1] = high;
    }
  }
}

/** Sorts pairs `[start, end)` by insertion (high word, then low) and counts repeated pairs. */
function sortAndCount(keys: Int32Array, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) {
    const low = keys[2 * i]!;
    const high = keys[2 * i + 1]!;
    let j = i - 1;
    while (j >= start && isAfter(keys[2 * j + 1]!, keys[2 * j]!, high, low)) {
      keys[2 * j + 2] = keys[2 * j]!;
      keys[2 * j + 3] = keys[2 * j + 1]!;
      j--;
    }
    keys[2 * j + 2] = low;
    keys[2 * j + 3] = high;
  }
  let repeats = 0;
  for (let i = start + 1; i < end; i++) {
    if (keys[2 * i] === keys[2 * i - 2] && keys[2 * i + 1] === keys[2 * i - 1]) repeats++;
  }
  return repeats;
}

function isAfter(high: number, low: number, otherHigh: number, otherLow: number): boolean {
  return high > otherHigh || (high === otherHigh && low > otherLow);
}
