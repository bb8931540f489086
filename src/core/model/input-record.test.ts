import { describe, expect, it } from 'vitest';
import { BLANK_NOTE, parseInputRecord } from './input-record';
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
      cut: 'Good',
      certified: 'maybe',
    });
    expect(parsed).toEqual({
      ok: false,
      issues: [
        { field: 'carat', message: '"heavy" is not a number.' },
        { field: 'certified', message: 'Choose yes or no for certified.' },
      ],
    });
  });

  it('refuses infinite numbers and an item with every field blank', () => {
    const infinite = parseInputRecord(signature, { carat: Infinity, cut: 'Good', certified: true });
    expect(infinite).toEqual({
      ok: false,
      issues: [{ field: 'carat', message: 'carat must be a finite number.' }],
    });
    const numbersOnly: Signature = { ...signature, inputs: signature.inputs.slice(0, 2) };
    expect(parseInputRecord(numbersOnly, { carat: ' ', cut: '' })).toEqual({
      ok: false,
      issues: [{ field: 'carat', message: 'Enter at least one value to price.' }],
    });
  });

  it('prices blanks as missing, out-of-range numbers and unseen levels, each with a note', () => {
    const parsed = parseInputRecord(signature, { carat: '--', cut: 'Purple', certified: true });
    if (!parsed.ok) throw new Error('expected a priced item');
    expect(Number.isNaN((parsed.frame.columns.carat!.values as Float64Array)[0])).toBe(true);
    expect(parsed.frame.columns.cut).toEqual({ kind: 'category', values: ['Purple'] });
    expect(parsed.notes).toEqual([
      { field: 'carat', message: BLANK_NOTE },
      { field: 'cut', message: '"Purple" was not seen in training: priced as an unknown cut.' },
    ]);
    const wide = parseInputRecord(signature, { carat: '9', cut: '', certified: true });
    if (!wide.ok) throw new Error('expected a priced item');
    expect(wide.frame.columns.cut).toEqual({ kind: 'category', values: [null] });
    expect(wide.notes).toEqual([
      {
        field: 'carat',
        message:
          '9 is outside the range seen in training (0.2 to 5): priced as the model clips it, so less surely.',
      },
      { field: 'cut', message: BLANK_NOTE },
    ]);
  });

  it('matches levels ignoring case, with no note', () => {
    const parsed = parseInputRecord(signature, { carat: '1', cut: 'iDEAL', certified: true });
    if (!parsed.ok) throw new Error('expected a priced item');
    expect(parsed.frame.columns.cut).toEqual({ kind: 'category', values: ['Ideal'] });
    expect(parsed.notes).toEqual([]);
  });
});
