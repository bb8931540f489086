import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { countRepeatedPairs } from './repeated-pairs';

function repeatsBySet(keys: Int32Array): number {
  const seen = new Set<string>();
  let repeats = 0;
  for (let i = 0; i < keys.length; i += 2) {
    const key = `${keys[i]},${keys[i + 1]}`;
    if (seen.has(key)) repeats++;
    else seen.add(key);
  }
  return repeats;
}

describe('countRepeatedPairs', () => {
  const random = createRandom(21);
  const word = () => Math.floor(random() * 2 ** 32) | 0;

  it('counts pairs equal to an earlier one, for spread, repeated and skewed keys', () => {
    const spread = Int32Array.from({ length: 2 * 50_000 }, word);
    const pool = Int32Array.from({ length: 2 * 2_000 }, word);
    const repeated = new Int32Array(2 * 30_000);
    for (let i = 0; i < repeated.length; i += 2) {
      const k = 2 * Math.floor(random() * 2_000);
      repeated.set(pool.subarray(k, k + 2), i);
    }
    const lowOnly = Int32Array.from({ length: 2 * 20_000 }, (_, i) => (i % 2 ? 7 : i % 333));
    for (const keys of [spread, repeated, lowOnly]) {
      expect(countRepeatedPairs(keys.slice())).toBe(repeatsBySet(keys));
    }
  });

  it('handles no keys, one key, and one key many times', () => {
    expect(countRepeatedPairs(new Int32Array(0))).toBe(0);
    expect(countRepeatedPairs(Int32Array.from([5, 6]))).toBe(0);
    expect(countRepeatedPairs(new Int32Array(2 * 10_000).fill(-3))).toBe(9_999);
  });
});
