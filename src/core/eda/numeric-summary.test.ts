import { describe, expect, it } from 'vitest';
import { countDistinctSorted, sortFinite, summariseSorted } from './numeric-summary';

describe('sortFinite', () => {
  it('sorts and drops NaN and infinities, for few and for many distinct values', () => {
    const few = Float64Array.from([3, NaN, 1, Infinity, 3, -2, -Infinity]);
    expect([...sortFinite(few)]).toEqual([-2, 1, 3, 3]);
    const many = Float64Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5003);
    const sorted = sortFinite(many);
    expect(sorted.length).toBe(5000);
    expect(sorted.every((value, i) => i === 0 || sorted[i - 1]! <= value)).toBe(true);
  });
});

describe('summariseSorted', () => {
  it('matches hand-computed statistics', () => {
    const summary = summariseSorted(Float64Array.from([0, 0, 1, 2, 3, 4, 5, 6, 7, 12]));
    expect(summary).toMatchObject({ mean: 4, min: 0, max: 12, zeros: 2, negatives: 0 });
    expect(summary.std).toBeCloseTo(Math.sqrt(12.4), 12);
    expect(summary.q50).toBeCloseTo(3.5, 12);
    expect(summary.q25).toBeCloseTo(1.25, 12);
    expect(summary.q95).toBeCloseTo(9.75, 12);
    expect(summary.skewness).toBeGreaterThan(0.5);
  });

  it('gives zero skew for a constant column and NaN statistics for an empty one', () => {
    expect(summariseSorted(Float64Array.from([5, 5, 5])).skewness).toBe(0);
    const empty = summariseSorted(new Float64Array(0));
    expect(empty.mean).toBeNaN();
    expect(empty.q50).toBeNaN();
  });
});

describe('countDistinctSorted', () => {
  it('counts runs', () => {
    expect(countDistinctSorted(Float64Array.from([1, 1, 2, 5, 5, 5]))).toBe(3);
    expect(countDistinctSorted(new Float64Array(0))).toBe(0);
  });
});
