import { describe, expect, it } from 'vitest';
import { mismatch } from './golden-assert';
import { generateSample, sortedCopy } from './golden-samples';
import { GOLDEN } from './golden-values';
import { ks2Samp, ksStatistic } from './ks-test';

const expectClose = (actual: number, expected: number, relative: number, absolute = 0): void =>
  expect(mismatch(actual, expected, relative, absolute)).toBeNull();

describe('golden samples', () => {
  it.each(GOLDEN.ks)('are the ones SciPy saw: $name', ({ a, b, aHead, aSum, bSum }) => {
    const x = generateSample(a);
    const y = generateSample(b);
    expect(Array.from(x.subarray(0, 3))).toEqual(aHead);
    expectClose(
      x.reduce((s, v) => s + v, 0),
      aSum,
      1e-12,
    );
    expectClose(
      y.reduce((s, v) => s + v, 0),
      bSum,
      1e-12,
    );
  });
});

describe('ks2Samp', () => {
  it.each(GOLDEN.ks)("matches scipy ks_2samp (method 'auto'): $name", (golden) => {
    const result = ks2Samp(
      sortedCopy(generateSample(golden.a)),
      sortedCopy(generateSample(golden.b)),
    );
    expectClose(result.statistic, golden.statistic, 1e-12);
    expectClose(result.pValue, golden.pValue, 1e-6);
  });

  it.each(GOLDEN.ks)("matches scipy ks_2samp(method='asymp'): $name", (golden) => {
    const a = sortedCopy(generateSample(golden.a));
    const b = sortedCopy(generateSample(golden.b));
    const result = ks2Samp(a, b, 'asymp');
    expect(result.method).toBe('asymp');
    expectClose(result.statistic, golden.asympStatistic, 1e-12);
    expectClose(result.pValue, golden.asympPValue, 1e-6);
  });

  it("uses 'exact' up to 10,000 values a side and 'asymp' beyond, like SciPy", () => {
    const small = Float64Array.from({ length: 20 }, (_, i) => i);
    expect(
      ks2Samp(
        small,
        small.map((v) => v + 0.5),
      ).method,
    ).toBe('exact');
    const big = Float64Array.from({ length: 10_001 }, (_, i) => i / 10_001);
    expect(ks2Samp(small, big).method).toBe('asymp');
  });

  it('gives D = 0 and p = 1 for identical samples, D = 1 for disjoint ones', () => {
    const a = Float64Array.of(1, 2, 3, 4);
    expect(ks2Samp(a, a)).toEqual({ statistic: 0, pValue: 1, method: 'exact' });
    expect(ksStatistic(a, Float64Array.of(10, 11))).toBe(1);
  });

  it('refuses an empty sample', () => {
    expect(() => ks2Samp(new Float64Array(0), Float64Array.of(1))).toThrow(RangeError);
  });
});
