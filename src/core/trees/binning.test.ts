import { describe, expect, it } from 'vitest';
import { binFeatures, fitUpperEdges, numberBin } from './binning';

describe('fitUpperEdges', () => {
  it('gives each distinct value its own bin when there are few, with midpoint edges', () => {
    const values = Float64Array.of(3, 1, 2, 2, Number.NaN, 1);
    const edges = fitUpperEdges(values, Int32Array.of(0, 1, 2, 3, 4, 5), 255);
    expect(Array.from(edges)).toEqual([1.5, 2.5, Infinity]);
    expect([Number.NaN, 0, 1, 1.5, 1.6, 2, 3, 99].map((v) => numberBin(edges, v))).toEqual([
      0, 1, 1, 1, 2, 2, 3, 3,
    ]);
  });

  it('makes at most maxBins bins of about equal size from the fit rows only', () => {
    const values = Float64Array.from({ length: 1100 }, (_, i) => (i < 1000 ? i : 1e6 + i));
    const fitRows = Int32Array.from({ length: 1000 }, (_, i) => i);
    const edges = fitUpperEdges(values, fitRows, 10);
    expect(edges.length).toBe(10);
    expect(edges[8]).toBeLessThan(1000);
    const counts = new Array<number>(11).fill(0);
    for (let i = 0; i < 1000; i++) counts[numberBin(edges, values[i]!)]!++;
    expect(Math.max(...counts.slice(1))).toBeLessThanOrEqual(101);
    expect(Math.min(...counts.slice(1))).toBeGreaterThanOrEqual(99);
  });

  it('gives a value as frequent as a whole bin a bin of its own', () => {
    const values = Float64Array.from({ length: 300 }, (_, i) => (i < 150 ? 7 : i));
    const edges = fitUpperEdges(
      values,
      Int32Array.from({ length: 300 }, (_, i) => i),
      4,
    );
    expect(numberBin(edges, 7)).toBe(1);
    expect(numberBin(edges, 150)).toBe(2);
  });
});

describe('binFeatures', () => {
  it('writes global bins row by row, codes for categories and 0 for missing', () => {
    const binned = binFeatures(
      [
        { kind: 'number', values: Float64Array.of(1, Number.NaN, 3) },
        { kind: 'category', codes: Uint8Array.of(2, 0, 9), codeCount: 3 },
      ],
      Int32Array.of(0, 1, 2),
      255,
    );
    expect(Array.from(binned.offsets)).toEqual([0, 3, 6]);
    expect(Array.from(binned.bins)).toEqual([1, 5, 0, 3, 2, 4]);
  });
});
