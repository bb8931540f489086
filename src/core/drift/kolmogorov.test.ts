import { describe, expect, it } from 'vitest';
import { mismatch } from './golden-assert';
import { GOLDEN } from './golden-values';
import { kolmogorovSf, smirnovSf } from './kolmogorov';

const expectClose = (actual: number, expected: number, relative: number, absolute = 0): void =>
  expect(mismatch(actual, expected, relative, absolute)).toBeNull();

describe('kolmogorovSf', () => {
  it.each(GOLDEN.kstwoSf)('matches scipy kstwo.sf($x, $n) within 1e-6 relative', ({ n, x, sf }) => {
    expectClose(kolmogorovSf(n, x), sf, 1e-6);
  });

  it('is 1 at 0 and 0 at 1', () => {
    expect(kolmogorovSf(30, 0)).toBe(1);
    expect(kolmogorovSf(30, 1)).toBe(0);
  });
});

describe('smirnovSf', () => {
  it('matches the closed forms at the ends', () => {
    expectClose(smirnovSf(10, 0.05), 1 - 0.05 * 1.05 ** 9, 1e-14);
    expectClose(smirnovSf(10, 0.95), 0.05 ** 10, 1e-12);
    expect(smirnovSf(1, 0.3)).toBeCloseTo(0.7, 15);
  });
});
