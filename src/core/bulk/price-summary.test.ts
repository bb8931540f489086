import { describe, expect, it } from 'vitest';
import { PriceHistogram } from './price-summary';

describe('PriceHistogram', () => {
  it('counts prices into log-spaced bins over the training range', () => {
    const histogram = new PriceHistogram(100, 10_000);
    [50, 100, 150, 1100, 9_999, 20_000].forEach((price) => histogram.add(price));
    const summary = histogram.summary();
    expect(summary.count).toBe(6);
    expect(summary.min).toBe(50);
    expect(summary.max).toBe(20_000);
    expect(summary.mean).toBeCloseTo(31_399 / 6, 6);
    expect(summary.bins).toHaveLength(24);
    expect(summary.bins[0]!.from).toBeCloseTo(100, 6);
    expect(summary.bins[12]!.from).toBeCloseTo(1000, 6);
    expect(summary.bins.at(-1)!.to).toBeCloseTo(10_000, 6);
    expect(summary.bins.map((bin) => bin.count).reduce((a, b) => a + b)).toBe(6);
    expect(summary.bins[0]!.count).toBe(2);
    expect(summary.bins[12]!.count).toBe(1);
    expect(summary.bins.at(-1)!.count).toBe(2);
  });

  it('reports no prices as nulls', () => {
    expect(new PriceHistogram(0, 10).summary()).toMatchObject({ count: 0, min: null, mean: null });
  });
});
