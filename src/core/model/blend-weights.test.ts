import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { blendPredictions, fitBlendWeights } from './blend-weights';

describe('fitBlendWeights', () => {
  const random = createRandom(3);
  const rows = 500;
  const a = Float64Array.from({ length: rows }, () => 1000 + 500 * random());
  const b = Float64Array.from({ length: rows }, () => 1000 + 500 * random());

  it('recovers the weights of an exact mixture', () => {
    const actual = blendPredictions([a, b], [0.3, 0.7]);
    const weights = fitBlendWeights([a, b], actual);
    expect(weights[0]).toBeCloseTo(0.3, 9);
    expect(weights[1]).toBeCloseTo(0.7, 9);
  });

  it('gives a useless member weight 0 and keeps weights non-negative, summing to 1', () => {
    const noise = Float64Array.from({ length: rows }, () => 5000 * random());
    const actual = blendPredictions([a, b], [0.6, 0.4]);
    const weights = fitBlendWeights([a, noise, b], actual);
    expect(weights[1]).toBe(0);
    expect(weights[0]).toBeCloseTo(0.6, 9);
    expect(weights[2]).toBeCloseTo(0.4, 9);
    // A member anti-correlated with the truth would need a negative weight: it gets 0.
    const flipped = a.map((value) => 3000 - value);
    const alone = fitBlendWeights([a, flipped], a);
    expect(alone).toEqual([1, 0]);
  });

  it('skips rows with a missing value and handles identical members', () => {
    const actual = Float64Array.from(a);
    actual[3] = Number.NaN;
    const weights = fitBlendWeights([a, Float64Array.from(a)], actual);
    expect(weights[0]! + weights[1]!).toBeCloseTo(1, 12);
    expect(weights.every((weight) => weight >= 0)).toBe(true);
  });

  it('matches the best convex combination found by a fine grid', () => {
    const actual = a.map((value, i) => 0.5 * value + 0.5 * b[i]! + 80 * (random() - 0.5));
    const c = a.map((value, i) => 0.8 * value + 0.2 * b[i]! + 100);
    const predictions = [a, b, c];
    const mse = (w: number[]) => {
      const blended = blendPredictions(predictions, w);
      return blended.reduce((sum, value, i) => sum + (value - actual[i]!) ** 2, 0) / rows;
    };
    const fitted = mse(fitBlendWeights(predictions, actual));
    for (let i = 0; i <= 50; i++) {
      for (let j = 0; i + j <= 50; j++) {
        expect(fitted).toBeLessThanOrEqual(mse([i / 50, j / 50, (50 - i - j) / 50]) + 1e-9);
      }
    }
  });
});

describe('fitBlendWeights with row weights', () => {
  it('follows the rows that weigh most', () => {
    // Member a is exact on the first half, b on the second: weighting a half picks its member.
    const actual = Float64Array.from({ length: 100 }, (_, i) => 100 + i);
    const a = actual.map((value, i) => (i < 50 ? value : value + 30));
    const b = actual.map((value, i) => (i < 50 ? value + 30 : value));
    const first = Float64Array.from({ length: 100 }, (_, i) => (i < 50 ? 1 : 1e-6));
    const second = Float64Array.from({ length: 100 }, (_, i) => (i < 50 ? 1e-6 : 1));
    expect(fitBlendWeights([a, b], actual, first)[0]).toBeGreaterThan(0.99);
    expect(fitBlendWeights([a, b], actual, second)[1]).toBeGreaterThan(0.99);
    const even = fitBlendWeights([a, b], actual);
    expect(even[0]).toBeCloseTo(0.5, 9);
  });
});
