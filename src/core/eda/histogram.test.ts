import { describe, expect, it } from 'vitest';
import { histogramOfSorted, MAX_BINS, niceStep } from './histogram';

const sorted = (values: number[]) => Float64Array.from(values).sort();

describe('histogramOfSorted', () => {
  it('gives one bar per value when there are few distinct values', () => {
    expect(histogramOfSorted(sorted([2019, 2018, 2019, 2020]))).toEqual({
      kind: 'values',
      values: [2018, 2019, 2020],
      counts: [1, 2, 1],
    });
  });

  it('bins many values into at most 30 round-width bins that hold every value', () => {
    const values = Array.from({ length: 1000 }, (_, i) => 450 + i * 159.5);
    const histogram = histogramOfSorted(sorted(values));
    if (histogram.kind !== 'bins') throw new Error('expected bins');
    expect(histogram.counts.length).toBeLessThanOrEqual(MAX_BINS);
    expect(histogram.counts.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(histogram.edges[0]).toBeLessThanOrEqual(450);
    expect(histogram.edges.at(-1)).toBeGreaterThanOrEqual(values.at(-1)!);
    const width = histogram.edges[1]! - histogram.edges[0]!;
    expect([1, 2, 2.5, 5]).toContain(width / 10 ** Math.floor(Math.log10(width)));
  });

  it('keeps decimal edges free of floating-point noise', () => {
    const values = Array.from({ length: 100 }, (_, i) => i * 0.013);
    const histogram = histogramOfSorted(sorted(values));
    if (histogram.kind !== 'bins') throw new Error('expected bins');
    for (const edge of histogram.edges) expect(String(edge).length).toBeLessThan(8);
  });
});

describe('niceStep', () => {
  it.each([
    [0.7, 1],
    [1.2, 2],
    [2.1, 2.5],
    [3, 5],
    [6, 10],
    [1530, 2000],
  ])('rounds %d up to %d', (raw, expected) => {
    expect(niceStep(raw)).toBeCloseTo(expected, 10);
  });
});
