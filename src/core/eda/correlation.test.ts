import { describe, expect, it } from 'vitest';
import type { CodedColumn } from '../data/ingest/table';
import {
  correlationMatrix,
  correlationRatio,
  pearson,
  rankValues,
  type NumericSeries,
} from './correlation';

function series(name: string, values: number[]): NumericSeries {
  const present = values.filter((value) => !Number.isNaN(value));
  const mean = present.reduce((a, b) => a + b, 0) / present.length;
  return { name, values: Float64Array.from(values), mean };
}

describe('pearson', () => {
  it('is 1 and -1 on straight lines, skipping rows where either is missing', () => {
    const x = series('x', [1, 2, 3, 4, NaN, 6]);
    expect(pearson(x, series('y', [3, 5, 7, 9, 100, 13]))).toBeCloseTo(1, 12);
    expect(pearson(x, series('z', [1, 0, -1, -2, 5, NaN]))).toBeCloseTo(-1, 12);
  });

  it('matches a hand computation and is NaN for a constant column', () => {
    const x = series('x', [1, 2, 3, 4]);
    expect(pearson(x, series('y', [2, 1, 4, 3]))).toBeCloseTo(0.6, 12);
    expect(pearson(x, series('c', [5, 5, 5, 5]))).toBeNaN();
  });

  it('stays accurate for large values with a small spread', () => {
    const x = series('x', [1e9 + 1, 1e9 + 2, 1e9 + 3]);
    expect(pearson(x, series('y', [1e9 + 2, 1e9 + 4, 1e9 + 6]))).toBeCloseTo(1, 9);
  });
});

describe('correlationMatrix', () => {
  it('is symmetric with ones on the diagonal', () => {
    const matrix = correlationMatrix([
      series('a', [1, 2, 3]),
      series('b', [1, 3, 2]),
      series('c', [3, 2, 1]),
    ]);
    expect(matrix.names).toEqual(['a', 'b', 'c']);
    expect(matrix.values[0]![0]).toBe(1);
    expect(matrix.values[0]![1]).toBeCloseTo(0.5, 12);
    expect(matrix.values[2]![0]).toBeCloseTo(-1, 12);
    expect(matrix.values[1]![2]).toBe(matrix.values[2]![1]);
  });
});

describe('correlationRatio', () => {
  const column = (codes: number[], levels: string[]): CodedColumn => ({
    name: 'c',
    type: 'category',
    codes: Int32Array.from(codes),
    levels,
  });

  it('is 1 when each level fixes the target and 0 when the means are equal', () => {
    const city = column([0, 0, 1, 1, -1], ['Rio', 'Sao Paulo']);
    expect(correlationRatio(city, Float64Array.from([10, 10, 20, 20, 99]))).toBeCloseTo(1, 12);
    expect(correlationRatio(city, Float64Array.from([1, 3, 1, 3, 99]))).toBeCloseTo(0, 12);
  });

  it('matches sqrt(between / total) on a small example', () => {
    const c = column([0, 0, 1, 1], ['a', 'b']);
    // means 2 and 5, grand mean 3.5: between = 4 × 2.25 = 9, within = 1 + 1 + 1 + 1 = 4.
    expect(correlationRatio(c, Float64Array.from([1, 3, 4, 6]))).toBeCloseTo(Math.sqrt(9 / 13), 12);
  });
});

describe('rankValues', () => {
  it('gives 1-based ranks with ties averaged and NaN kept', () => {
    const values = Float64Array.from([10, NaN, 30, 20, 20, -5]);
    const sorted = Float64Array.from([-5, 10, 20, 20, 30]);
    expect([...rankValues(values, sorted)]).toEqual([2, NaN, 5, 3.5, 3.5, 1]);
  });
});
