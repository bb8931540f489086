import { describe, expect, it } from 'vitest';
import { mismatch } from './golden-assert';
import { generateSample, sortedCopy } from './golden-samples';
import { GOLDEN } from './golden-values';
import { reservoirSample } from './numeric-profile';
import { buildQuantileSketch, wassersteinDistance, wassersteinToSketch } from './wasserstein';

const expectClose = (actual: number, expected: number, relative: number, absolute = 0): void =>
  expect(mismatch(actual, expected, relative, absolute)).toBeNull();

const std = (values: Float64Array): number => {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
};

describe('wassersteinDistance', () => {
  it.each(GOLDEN.wasserstein)('matches scipy wasserstein_distance / std: $name', (golden) => {
    const ref = sortedCopy(generateSample(golden.a));
    const cur = sortedCopy(generateSample(golden.b));
    expectClose(wassersteinDistance(ref, cur), golden.distance, 1e-9);
    expectClose(wassersteinDistance(ref, cur) / std(ref), golden.normed, 1e-9);
  });

  it('is the shift between a sample and its translate', () => {
    expectClose(wassersteinDistance([1, 2, 3], [3, 4, 5]), 2, 1e-15);
  });
});

describe('wassersteinToSketch', () => {
  it.each(GOLDEN.wasserstein)('stays within the sketch error bound of SciPy: $name', (golden) => {
    const ref = sortedCopy(generateSample(golden.a));
    const cur = sortedCopy(generateSample(golden.b));
    const sketch = buildQuantileSketch(ref, 256);
    expect(sketch.levels.length).toBeLessThanOrEqual(256);
    const approximate = wassersteinToSketch(sketch, cur) / golden.std;
    const bound = sketch.errorBound / golden.std;
    expect(Math.abs(approximate - golden.normed)).toBeLessThanOrEqual(bound + 1e-12);
    // Measured: under 0.001 normed units on these samples; the bound is about 0.01.
    expect(Math.abs(approximate - golden.normed)).toBeLessThan(0.002);
  });

  it('is exact when the reference has few distinct values', () => {
    const ref = Float64Array.of(1, 1, 2, 2, 2, 5, 5, 9);
    const cur = Float64Array.of(0, 2, 2, 3, 7);
    const sketch = buildQuantileSketch(ref, 256);
    expect(sketch.errorBound).toBe(0);
    expectClose(wassersteinToSketch(sketch, cur), wassersteinDistance(ref, cur), 1e-14);
  });

  it('handles a constant reference', () => {
    const sketch = buildQuantileSketch(Float64Array.of(4, 4, 4), 256);
    expect(sketch).toEqual({ levels: [0, 1], values: [4, 4], errorBound: 0 });
    expectClose(
      wassersteinToSketch(sketch, Float64Array.of(3, 5, 7)),
      wassersteinDistance([4], [3, 5, 7]),
      1e-15,
    );
  });
});

describe('the quantile sketch against a reservoir sample', () => {
  const large = GOLDEN.wasserstein.filter((golden) => golden.a.n > 1000);

  it.each(large)('is closer to SciPy than 1,000 sampled values would be: $name', (golden) => {
    const ref = generateSample(golden.a);
    const cur = sortedCopy(generateSample(golden.b));
    const sketch = buildQuantileSketch(sortedCopy(ref), 256);
    const sketchError = Math.abs(wassersteinToSketch(sketch, cur) / golden.std - golden.normed);
    const sample = sortedCopy(Float64Array.from(reservoirSample(ref, 1000, 1)));
    const sampleError = Math.abs(wassersteinDistance(sample, cur) / golden.std - golden.normed);
    expect(sketchError).toBeLessThan(sampleError);
  });
});
