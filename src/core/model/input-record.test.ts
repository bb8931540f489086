import { describe, expect, it } from 'vitest';
import { parseInputRecord } from './input-record';
import type { Signature } from './signature';

const signature: Signature = {
  target: { name: 'price', min: 100, max: 10000, mean: 2000 },
  inputs: [
    { name: 'carat', type: 'number', min: 0.2, max: 5, median: 0.7, isInteger: false },
    { name: 'cut', type: 'category', levels: ['Good', 'Ideal'], mostCommon: 'Ideal' },
    { name: 'certified', type: 'boolean', mostCommon: true },
  ],
};

describe('parseInputRecord', () => {
  it('turns a valid item into a one-row frame, reading decimal commas', () => {
    const parsed = parseInputRecord(signature, { carat: '1,5', cut: 'Good', certified: false });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.frame.rowCount).toBe(1);
    expect(parsed.frame.columns.carat).toEqual({ kind: 'number', values: Float64Array.of(1.5) });
    expect(parsed.frame.columns.certified).toEqual({ kind: 'boolean', values: Float64Array.of(0) });
  });

  it('names each bad field with a message', () => {
    const parsed = parseInputRecord(signature, {
      carat: 'heavy',
      cut: 'Purple',
      certified: 'maybe',
    });
    expect(parsed).toEqual({
      ok: false,
      issues: [
        { field: 'carat', message: '"heavy" is not a number.' },
        { field: 'cut', message: '"Purple" is not a cut seen in training.' },
        { field: 'certified', message: 'Choose yes or no for certified.' },
      ],
    });
  });

  it('refuses empty, infinite and out-of-range numbers', () => {
    const messageFor = (carat: string | number) => {
      const parsed = parseInputRecord(signature, { carat, cut: 'Good', certified: true });
      return parsed.ok ? null : parsed.issues[0]?.message;
    };
    expect(messageFor('')).toBe('Enter a value for carat.');
    expect(messageFor(Infinity)).toBe('carat must be a finite number.');
    expect(messageFor('9')).toBe('9 is outside the range seen in training (0.2 to 5).');
    expect(messageFor('0.1')).toBe('0.1 is outside the range seen in training (0.2 to 5).');
  });
});
