import { describe, expect, it } from 'vitest';
import type { Frame } from '../data/frame';
import { fitBinEdges, writeBins } from './numeric-bins';
import { encodeFrame, fitPreprocessing, type NumberEncoding } from './preprocessing';

describe('piecewise-linear bins', () => {
  it('puts edges at distinct training quantiles', () => {
    expect(fitBinEdges([0, 1, 2, 3, 4], 4)).toEqual([0, 1, 2, 3, 4]);
    expect(fitBinEdges([1, 1, 1, 2], 4)).toEqual([1, 1.25, 2]);
    expect(fitBinEdges([5, 5, 5], 4)).toEqual([]);
  });

  it('fills bins below the value, the value’s own bin by position, and none above', () => {
    const out = new Float32Array(5);
    writeBins(2.5, [0, 1, 2, 3, 4], out, 1);
    expect(Array.from(out)).toEqual([0, 1, 1, 0.5, 0]);
    writeBins(-9, [0, 1, 2, 3, 4], out, 1);
    expect(Array.from(out.subarray(1))).toEqual([0, 0, 0, 0]);
  });

  it('adds bin slots after a number’s standardised value only when asked', () => {
    const size = Float64Array.from({ length: 100 }, (_, i) => i);
    const frame: Frame = { rowCount: 100, columns: { size: { kind: 'number', values: size } } };
    const rows = Int32Array.from(size.keys());
    const plain = fitPreprocessing(frame, ['size'], rows);
    expect(plain.width).toBe(1);
    expect((plain.encodings[0] as NumberEncoding).bins).toBeUndefined();
    const binned = fitPreprocessing(frame, ['size'], rows, { numberBins: 4 });
    expect(binned.width).toBe(5);
    const encoded = encodeFrame(binned, {
      rowCount: 2,
      columns: { size: { kind: 'number', values: Float64Array.of(0, 99) } },
    });
    expect(Array.from(encoded.subarray(1, 5))).toEqual([0, 0, 0, 0]);
    expect(Array.from(encoded.subarray(6, 10))).toEqual([1, 1, 1, 1]);
    const [plainZero] = encodeFrame(plain, {
      rowCount: 1,
      columns: { size: { kind: 'number', values: Float64Array.of(0) } },
    });
    expect(encoded[0]).toBeCloseTo(plainZero!, 6);
  });
});
