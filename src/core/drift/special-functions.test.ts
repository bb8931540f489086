import { describe, expect, it } from 'vitest';
import { mismatch } from './golden-assert';
import { GOLDEN } from './golden-values';
import { chiSquareSf, logGamma, roundHalfEven, twoSidedNormalP } from './special-functions';

const expectClose = (actual: number, expected: number, relative: number, absolute = 0): void =>
  expect(mismatch(actual, expected, relative, absolute)).toBeNull();

describe('chiSquareSf', () => {
  it.each(GOLDEN.chi2Sf)('matches scipy chi2.sf($x, $df) within 1e-9 relative', ({ x, df, sf }) => {
    expectClose(chiSquareSf(x, df), sf, 1e-9);
  });

  it('is 1 at 0 and 0 at infinity', () => {
    expect(chiSquareSf(0, 4)).toBe(1);
    expect(chiSquareSf(Infinity, 4)).toBe(0);
  });
});

describe('logGamma', () => {
  it('matches ln((n−1)!) for integers', () => {
    let logFactorial = 0;
    for (let n = 2; n < 60; n++) {
      logFactorial += Math.log(n - 1);
      expectClose(logGamma(n), logFactorial, 1e-13, 1e-14);
    }
    expectClose(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
  });
});

describe('twoSidedNormalP', () => {
  it('gives the textbook two-sided tails', () => {
    expectClose(twoSidedNormalP(1.959963984540054), 0.05, 1e-12);
    expectClose(twoSidedNormalP(-2.5758293035489), 0.01, 1e-12);
    expect(twoSidedNormalP(0)).toBe(1);
    expect(twoSidedNormalP(12)).toBeGreaterThan(0);
  });
});

describe('roundHalfEven', () => {
  it('rounds halves to even, like numpy', () => {
    expect([0.5, 1.5, 2.5, 937.5, 937.4, 937.6].map(roundHalfEven)).toEqual([
      0, 2, 2, 938, 937, 938,
    ]);
  });
});
