import { describe, expect, it } from 'vitest';
import { fitTargetTransform, fromModelSpace, standardise, unstandardise } from './target-transform';

describe('target transform', () => {
  const prices = Float64Array.from({ length: 500 }, (_, i) => 300 * Math.exp(i / 80));

  it('logs positive skewed prices and round-trips them', () => {
    const transform = fitTargetTransform(prices);
    expect(transform.isLog).toBe(true);
    const z = standardise(transform, 1234);
    expect(fromModelSpace(transform, unstandardise(transform, z))).toBeCloseTo(1234, 6);
  });

  it('keeps a symmetric or signed target linear', () => {
    const signed = Float64Array.from({ length: 100 }, (_, i) => i - 50);
    expect(fitTargetTransform(signed).isLog).toBe(false);
  });

  it('clips predictions to the training range, so a price is never negative or infinite', () => {
    const transform = fitTargetTransform(prices);
    expect(fromModelSpace(transform, -1e6)).toBe(transform.low);
    expect(fromModelSpace(transform, 1e6)).toBe(transform.high);
    expect(fromModelSpace(transform, Number.NaN)).toBeNaN();
  });
});
