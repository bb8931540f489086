import { describe, expect, it } from 'vitest';
import type { CheckedRows } from './row-checks';
import { rowOutcomes, UNPRICEABLE_ROW } from './row-outcomes';

describe('rowOutcomes', () => {
  it('puts each estimate on its row and turns NaN or negative prices into errors', () => {
    const checked: CheckedRows = {
      frame: { rowCount: 3, columns: {} },
      scorable: Int32Array.of(0, 2, 3),
      errors: [null, 'bad carat', null, null],
      notes: ['unseen cut', null, null, null],
    };
    const outcomes = rowOutcomes(checked, {
      values: Float64Array.of(500, Number.NaN, -3),
      low: Float64Array.of(-20, 0, 0),
      high: Float64Array.of(700, 0, 0),
    });
    expect(outcomes).toEqual([
      { value: 500, low: 0, high: 700, error: null, note: 'unseen cut' },
      { value: null, low: null, high: null, error: 'bad carat', note: null },
      { value: null, low: null, high: null, error: UNPRICEABLE_ROW, note: null },
      { value: null, low: null, high: null, error: UNPRICEABLE_ROW, note: null },
    ]);
  });
});
