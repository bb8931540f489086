import { describe, expect, it } from 'vitest';
import { outputColumnNames, outputHeader, outputTextRow, roundPrice } from './output-columns';

describe('output columns', () => {
  it('appends price, interval, error and note columns after the file columns', () => {
    const names = outputColumnNames(['id', 'carat'], 'price');
    expect(outputHeader(['id', 'carat'], names)).toEqual([
      'id',
      'carat',
      'predicted_price',
      'predicted_price_low',
      'predicted_price_high',
      'estimate_error',
      'estimate_note',
    ]);
  });

  it('never reuses a name the file already has', () => {
    const names = outputColumnNames(
      ['predicted_price', 'estimate_error', 'estimate_error_2'],
      'price',
    );
    expect(names.predicted).toBe('predicted_price_2');
    expect(names.error).toBe('estimate_error_3');
  });

  it('writes rounded prices, pads short rows and keeps cells past the header at the end', () => {
    const outcome = { value: 1234.5678, low: 1000.004, high: 1500, error: null, note: 'n' };
    expect(outputTextRow(['a', 'b'], 2, outcome)).toEqual([
      'a',
      'b',
      '1234.57',
      '1000',
      '1500',
      '',
      'n',
    ]);
    const failed = { value: null, low: null, high: null, error: 'bad', note: null };
    expect(outputTextRow(['a'], 2, failed)).toEqual(['a', '', '', '', '', 'bad', '']);
    expect(outputTextRow(['a', 'b', 'c'], 2, failed)).toEqual([
      'a',
      'b',
      '',
      '',
      '',
      'bad',
      '',
      'c',
    ]);
    expect(roundPrice(0.005)).toBe(0.01);
  });
});
