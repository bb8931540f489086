import { describe, expect, it } from 'vitest';
import { topDrivers, typicalFrame, withTypicalVariants } from './estimate-drivers';
import type { Signature } from './signature';

const signature: Signature = {
  target: { name: 'price', min: 1, max: 100, mean: 10 },
  inputs: [
    { name: 'size', type: 'number', min: 0, max: 10, median: 4, isInteger: false },
    { name: 'cut', type: 'category', levels: ['a', 'b'], mostCommon: 'a' },
    { name: 'gps', type: 'boolean', mostCommon: true },
  ],
};

describe('estimate drivers', () => {
  it('builds one row of typical values', () => {
    expect(typicalFrame(signature)).toEqual({
      rowCount: 1,
      columns: {
        size: { kind: 'number', values: Float64Array.of(4) },
        cut: { kind: 'category', values: ['a'] },
        gps: { kind: 'boolean', values: Float64Array.of(1) },
      },
    });
  });

  it('stacks the item with one variant per input reset to its typical value', () => {
    const item = {
      rowCount: 1,
      columns: {
        size: { kind: 'number' as const, values: Float64Array.of(9) },
        cut: { kind: 'category' as const, values: ['b'] },
        gps: { kind: 'boolean' as const, values: Float64Array.of(0) },
      },
    };
    const stacked = withTypicalVariants(signature, item);
    expect(stacked.rowCount).toBe(4);
    expect(Array.from(stacked.columns.size!.values as Float64Array)).toEqual([9, 4, 9, 9]);
    expect(stacked.columns.cut!.values).toEqual(['b', 'b', 'a', 'b']);
    expect(Array.from(stacked.columns.gps!.values as Float64Array)).toEqual([0, 0, 0, 1]);
  });

  it('ranks inputs by how far resetting them moves the estimate, and skips inputs that do not', () => {
    // item 50; with typical size 20 (size moved it +30); typical cut 55 (−5); gps unchanged
    expect(topDrivers(signature, Float64Array.of(50, 20, 55, 50))).toEqual([
      { field: 'size', effect: 30 },
      { field: 'cut', effect: -5 },
    ]);
    expect(topDrivers(signature, Float64Array.of(50, 20, 55, 49), 1)).toEqual([
      { field: 'size', effect: 30 },
    ]);
  });
});
