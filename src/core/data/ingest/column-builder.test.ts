import { describe, expect, it } from 'vitest';
import { parseNumberCell } from '../cell-values';
import { createRandom } from '../../random';
import { copyString } from './column-builder';
import { readPlainNumber } from './number-builder';
import { createColumnBuilder } from './table-builder';
import type { CodedColumn, NumericColumn } from './table';

describe('readPlainNumber', () => {
  it.each([
    ['42', 42],
    ['-3.5', -3.5],
    ['+7', 7],
    ['.5', 0.5],
    ['5.', 5],
  ])('reads %j as %d', (cell, expected) => {
    expect(readPlainNumber(cell)).toBe(expected);
  });

  it.each(['', '-', '.', '1e3', '1,5', ' 1', '1.2.3', 'abc'])(
    'leaves %j to the slow path',
    (cell) => {
      expect(readPlainNumber(cell)).toBeNaN();
    },
  );
});

describe('readPlainNumber on many cells', () => {
  it('gives the very double Number() gives, for short, long and signed decimals', () => {
    const random = createRandom(17);
    const digits = (count: number) =>
      Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
    for (let trial = 0; trial < 20_000; trial++) {
      const sign = ['', '-', '+'][trial % 3]!;
      const whole = digits(Math.floor(random() * 19));
      const cell =
        random() < 0.6 ? `${sign}${whole}.${digits(Math.floor(random() * 25))}` : `${sign}${whole}`;
      const expected = /\d/.test(cell) ? Number(cell) : Number.NaN;
      expect(Object.is(readPlainNumber(cell), expected), cell).toBe(true);
    }
  });
});

describe('copyString', () => {
  it('returns an equal string, whatever its characters', () => {
    for (const text of [
      'short',
      'Mercedes-Benz E-Класс 200',
      'quote " and \\ and \n',
      '\ud800 lone',
    ]) {
      expect(copyString(text)).toBe(text);
    }
  });
});

const spec = { name: 'c', headerName: 'c', inferredType: 'category' as const };

describe('column builders', () => {
  it('encodes text once per distinct trimmed value', () => {
    const builder = createColumnBuilder({ ...spec, type: 'category' });
    for (const cell of ['Rio', ' Rio ', 'NA', '', 'Rio', 'Campinas']) builder.push(cell);
    const { column, report } = builder.finish();
    expect([...(column as CodedColumn).codes]).toEqual([0, 0, -1, -1, 0, 1]);
    expect((column as CodedColumn).levels).toEqual(['Rio', 'Campinas']);
    expect(report).toMatchObject({ missing: 2, quirks: { straySpaces: 1, placeholder: 1 } });
  });

  it('reads booleans from words and 0/1, keeping what is not one', () => {
    const builder = createColumnBuilder({ ...spec, type: 'boolean' });
    for (const cell of ['True', 'no', '1', '0', '', 'maybe']) builder.push(cell, 7);
    const { column, report } = builder.finish();
    expect([...(column as NumericColumn).values]).toEqual([1, 0, 1, 0, NaN, NaN]);
    expect((column as NumericColumn).kept.cells).toEqual(['maybe']);
    expect(report.quirks).toMatchObject({ booleanWords: 2, unparsed: 1 });
    expect(report.unparsedExamples).toEqual([{ row: 5, line: 7, cell: 'maybe' }]);
  });
});

describe('pushRange', () => {
  it('builds the same column from ranges of a text as from the cells themselves', () => {
    const cells = ['12.5', '', ' Rio ', 'NA', '1,5', 'abc', '-0', 'Rio', '45-65', 'yes'];
    const text = `>${cells.join('|')}<`;
    for (const type of ['number', 'category', 'boolean'] as const) {
      const fromCells = createColumnBuilder({ ...spec, type });
      const fromRanges = createColumnBuilder({ ...spec, type });
      let at = 1;
      cells.forEach((cell, row) => {
        fromCells.push(cell, row + 2);
        fromRanges.pushRange(text, at, at + cell.length, row + 2);
        at += cell.length + 1;
      });
      expect(fromRanges.finish()).toEqual(fromCells.finish());
    }
  });
});

describe('number column fast paths', () => {
  it('read every cell as parseNumberCell does (missing, unparsed and infinite as NaN)', () => {
    const random = createRandom(11);
    const alphabet = '0123456789,.-+ $R€';
    const cells = Array.from({ length: 20_000 }, () => {
      const length = 1 + Math.floor(random() * 8);
      let cell = '';
      for (let k = 0; k < length; k++) cell += alphabet[Math.floor(random() * alphabet.length)];
      return cell;
    });
    cells.push('1,', ',5', '-,5', '1,234', '1234,567', '12,5', '1e999', 'inf', '--');
    const builder = createColumnBuilder({ ...spec, type: 'number' });
    for (const cell of cells) builder.push(cell);
    const values = (builder.finish().column as NumericColumn).values;
    cells.forEach((cell, i) => {
      const expected = parseNumberCell(cell) ?? Number.NaN;
      expect(values[i], JSON.stringify(cell)).toBe(
        Number.isFinite(expected) ? expected : Number.NaN,
      );
    });
  });
});
