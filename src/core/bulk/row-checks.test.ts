import { describe, expect, it } from 'vitest';
import { checkRows } from './row-checks';
import { createScoringPlan } from './scoring-plan';
import { TEST_SIGNATURE } from '../../test-support/bulk-signature';

const header = ['id', 'Carat', 'CUT', 'has cert'];
const plan = createScoringPlan(TEST_SIGNATURE, { carat: 1, cut: 2, has_cert: 3 }, header);

describe('checkRows', () => {
  it('frames good rows, matching levels case-insensitively and reading messy numbers', () => {
    const checked = checkRows(plan, [
      ['a', '0,5', 'ideal', 'yes'],
      ['b', ' 1.5 ', 'Good', 'False'],
    ]);
    expect(checked.errors).toEqual([null, null]);
    expect(checked.notes).toEqual([null, null]);
    expect([...checked.scorable]).toEqual([0, 1]);
    expect(checked.frame.rowCount).toBe(2);
    expect(checked.frame.columns.carat).toEqual({
      kind: 'number',
      values: Float64Array.of(0.5, 1.5),
    });
    expect(checked.frame.columns.cut).toEqual({ kind: 'category', values: ['Ideal', 'Good'] });
    expect(checked.frame.columns.has_cert).toEqual({
      kind: 'boolean',
      values: Float64Array.of(1, 0),
    });
  });

  it('refuses rows with bad values, naming the file column and the value', () => {
    const checked = checkRows(plan, [
      ['a', 'abc', 'Ideal', 'yes'],
      ['b', '', 'Ideal', 'maybe'],
      ['d', '1e999', 'Good', 'no'],
      ['e', 'NA', '', 'n/a'],
    ]);
    expect(checked.errors).toEqual([
      'Carat: "abc" is not a number',
      'has cert: "maybe" is not yes or no',
      'Carat: "1e999" is not a finite number',
      'No input of the model has a value: nothing to price.',
    ]);
    expect(checked.frame.rowCount).toBe(0);
    expect(checked.scorable.length).toBe(0);
  });

  it('prices blank and placeholder cells as missing, with a note', () => {
    const checked = checkRows(plan, [
      ['b', '', 'Ideal', 'yes'],
      ['c', 'NA', ' ', 'yes'],
      ['d', '2', 'Good', '--'],
    ]);
    expect(checked.errors).toEqual([null, null, null]);
    expect(checked.notes).toEqual([
      'Carat: no value, priced as missing',
      'Carat: no value ("NA"), priced as missing; CUT: no value, priced as missing',
      'has cert: no value ("--"), priced as missing',
    ]);
    const carats = checked.frame.columns.carat!.values as Float64Array;
    expect([...carats.slice(0, 2)].every(Number.isNaN)).toBe(true);
    expect(checked.frame.columns.cut).toEqual({
      kind: 'category',
      values: ['Ideal', null, 'Good'],
    });
    expect(Number.isNaN((checked.frame.columns.has_cert!.values as Float64Array)[2])).toBe(true);
  });

  it('reads dots as thousands where the first rows of the file write them so', () => {
    const european = [
      ['a', '1.500', 'Good', 'yes'],
      ['b', '2.250,5', 'Ideal', 'no'],
      ['c', '850', 'Good', 'yes'],
    ];
    const grouped = createScoringPlan(
      TEST_SIGNATURE,
      { carat: 1, cut: 2, has_cert: 3 },
      header,
      european,
    );
    expect(grouped.inputs[0]!.dotThousands).toBe(true);
    const carats = checkRows(grouped, european).frame.columns.carat!.values;
    expect([...carats]).toEqual([1500, 2250.5, 850]);
    // The same cell in a file that says nothing about its dots is a decimal.
    const plain = [['a', '1.500', 'Good', 'yes']];
    const decimal = createScoringPlan(
      TEST_SIGNATURE,
      { carat: 1, cut: 2, has_cert: 3 },
      header,
      plain,
    );
    expect(decimal.inputs[0]!.dotThousands).toBe(false);
    expect([...checkRows(decimal, plain).frame.columns.carat!.values]).toEqual([1.5]);
  });

  it('prices unseen levels and out-of-range numbers with a note', () => {
    const checked = checkRows(plan, [['a', '9', 'Superb', 'yes']]);
    expect(checked.errors).toEqual([null]);
    expect(checked.notes).toEqual([
      'Carat 9 is outside the training range (0.2 to 4): the model clips it; ' +
        'CUT "Superb" was not seen in training: priced as an unknown cut',
    ]);
    expect(checked.frame.columns.cut).toEqual({ kind: 'category', values: ['Superb'] });
  });

  it('refuses blank lines, empty rows and rows of the wrong width', () => {
    const checked = checkRows(plan, [
      [''],
      ['', ' ', '', ''],
      ['a', '1', 'Good'],
      ['a', '1', 'Good', 'yes', 'x'],
    ]);
    expect(checked.errors).toEqual([
      'Blank line: nothing to price.',
      'Empty row: nothing to price.',
      'The row has 3 cells but the header has 4 (a stray separator or quote?).',
      'The row has 5 cells but the header has 4 (a stray separator or quote?); cells past the header are kept at the end of the row.',
    ]);
  });
});
