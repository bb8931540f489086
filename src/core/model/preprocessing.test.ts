import { describe, expect, it } from 'vitest';
import type { Frame } from '../data/frame';
import { encodeFrame, fitPreprocessing, type NumberEncoding } from './preprocessing';

function frame(size: number[], cut: (string | null)[], gps: number[]): Frame {
  return {
    rowCount: size.length,
    columns: {
      size: { kind: 'number', values: Float64Array.from(size) },
      cut: { kind: 'category', values: cut },
      gps: { kind: 'boolean', values: Float64Array.from(gps) },
    },
  };
}

const training = frame([1, 2, 3, 4, 1000], ['a', 'a', 'b', 'b', 'c'], [1, 0, 1, 1, 0]);
const trainRows = Int32Array.of(0, 1, 2, 3);

describe('fitPreprocessing', () => {
  it('fits on the training rows only', () => {
    const pre = fitPreprocessing(training, ['size', 'cut', 'gps'], trainRows);
    const size = pre.encodings[0] as NumberEncoding;
    expect(size.mean).toBeCloseTo(2.5, 10);
    expect(size.clipHigh).toBeLessThanOrEqual(4);
    expect(pre.encodings[1]).toEqual({ kind: 'category', name: 'cut', levels: ['a', 'b'] });
    expect(pre.encodings[2]).toEqual({ kind: 'boolean', name: 'gps', fill: 0.75 });
    expect(pre.width).toBe(1 + 3 + 1);
  });

  it('standardises numbers, one-hot encodes levels, and sends unknown or missing levels to the last slot', () => {
    const pre = fitPreprocessing(training, ['size', 'cut', 'gps'], trainRows);
    const encoded = encodeFrame(pre, frame([2.5, 1, 3], ['b', 'zzz', null], [1, 0, Number.NaN]));
    const rows = [0, 1, 2].map((i) => Array.from(encoded.subarray(i * 5, (i + 1) * 5)));
    const std = Math.sqrt(1.25 * (1 - 0.0005 * 2) ** 2);
    expect(rows[0]![0]).toBeCloseTo(0, 5);
    expect(rows[1]![0]).toBeCloseTo((1.0015 - 2.5) / std, 2);
    expect(rows[0]!.slice(1, 4)).toEqual([0, 1, 0]);
    expect(rows[1]!.slice(1, 4)).toEqual([0, 0, 1]);
    expect(rows[2]!.slice(1, 4)).toEqual([0, 0, 1]);
    expect(rows[2]![4]).toBeCloseTo(0.75, 6);
  });

  it('fills a missing number with the training median and clips outliers to the training range', () => {
    const pre = fitPreprocessing(training, ['size'], trainRows);
    const size = pre.encodings[0] as NumberEncoding;
    const [missing, huge, top] = encodeFrame(
      pre,
      frame([Number.NaN, 1e9, 4], [null, null, null], [0, 0, 0]),
    );
    expect(missing).toBeCloseTo((2.5 - size.mean) / size.std, 5);
    expect(huge).toBeCloseTo((size.clipHigh - size.mean) / size.std, 5);
    expect(huge).toBeCloseTo(top!, 5);
  });

  it('logs a skewed non-negative number', () => {
    const skewed = Array.from({ length: 200 }, (_, i) => Math.exp(i / 20));
    const rows = Int32Array.from(skewed.keys());
    const pre = fitPreprocessing(
      frame(
        skewed,
        skewed.map(() => 'a'),
        skewed.map(() => 0),
      ),
      ['size'],
      rows,
    );
    expect((pre.encodings[0] as NumberEncoding).isLog).toBe(true);
  });
});
