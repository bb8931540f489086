import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { countFiniteValues } from './value-counts';

describe('countFiniteValues', () => {
  it('counts each distinct finite value, ascending, leaving out NaN and infinities', () => {
    const values = Float64Array.from([3, NaN, 1, Infinity, 3, -2, -Infinity, -0, 0, 3]);
    const counted = countFiniteValues(values, 10)!;
    expect([...counted.values]).toEqual([-2, 0, 1, 3]);
    expect(Object.is(counted.values[1], 0)).toBe(true);
    expect([...counted.counts]).toEqual([1, 2, 1, 3]);
    expect(counted.finite).toBe(7);
  });

  it('agrees with a Map on many rows, and gives up past the limit of distinct values', () => {
    const random = createRandom(9);
    const values = Float64Array.from({ length: 50_000 }, () => Math.round(random() * 2000) / 4);
    const expected = new Map<number, number>();
    for (const value of values) expected.set(value, (expected.get(value) ?? 0) + 1);
    const counted = countFiniteValues(values, 10_000)!;
    expect(counted.values.length).toBe(expected.size);
    counted.values.forEach((value, k) => expect(counted.counts[k]).toBe(expected.get(value)));
    expect(countFiniteValues(values, expected.size - 1)).toBeNull();
  });
});
