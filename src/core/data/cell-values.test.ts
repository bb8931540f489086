import { describe, expect, it } from 'vitest';
import {
  hasDecimalComma,
  isMissingCell,
  NUMBER_QUIRK,
  parseBooleanCell,
  parseNumberCell,
  readNumberCell,
  writesDotThousands,
} from './cell-values';

describe('parseNumberCell', () => {
  it.each([
    ['42', 42],
    [' -3.5 ', -3.5],
    ['1e3', 1000],
    ['1,6', 1.6],
    ['1,234,567', 1234567],
    ['1.234,5', 1234.5],
    ['1 234', 1234],
    ['R$ 1.500,00', 1500],
    ['$2,500.75', 2500.75],
    ['15 000 руб', 15000],
    ['45-65', 55],
    ['1,5-2,5', 2],
  ])('reads %j as %d', (cell, expected) => {
    expect(parseNumberCell(cell)).toBeCloseTo(expected, 10);
  });

  it.each(['', '  ', 'NA', 'n/a', '--', '-', 'null'])('treats %j as missing', (cell) => {
    expect(parseNumberCell(cell)).toBeNull();
    expect(isMissingCell(cell)).toBe(true);
  });

  it.each(['abc', '12abc', '1,2,3', '--5--'])('reports %j as not a number', (cell) => {
    expect(parseNumberCell(cell)).toBeNaN();
  });
});

describe('parseBooleanCell', () => {
  it('reads the usual words in any case', () => {
    expect(['True', 'yes', 'Y', 'да'].map(parseBooleanCell)).toEqual([true, true, true, true]);
    expect(['FALSE', 'no', 'нет'].map(parseBooleanCell)).toEqual([false, false, false]);
    expect(parseBooleanCell('maybe')).toBeNull();
  });
});

describe('readNumberCell', () => {
  const { decimalComma, thousands, currency, range, placeholder } = NUMBER_QUIRK;
  it.each([
    ['42', 0],
    ['1,6', decimalComma],
    ['1,234,567', thousands],
    ['1 234', thousands],
    ['1.234,5', thousands | decimalComma],
    ['R$ 1.500,00', currency | thousands | decimalComma],
    ['45-65', range],
    ['1,5-2,5', range | decimalComma],
    ['--', placeholder],
    ['', 0],
  ])('flags %j with %d', (cell, quirks) => {
    expect(readNumberCell(cell).quirks).toBe(quirks);
  });
});

describe('dots as thousands separators', () => {
  it('tells decimal commas from thousands commas', () => {
    expect(['1,6', '12,50', '1.234,5', ' € 3,1416 '].map(hasDecimalComma)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['1,234', '1,234,567', '150.000', '12'].map(hasDecimalComma)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('decides from every dotted cell, and needs a second group or a decimal comma somewhere', () => {
    expect(writesDotThousands(['150.000', '20.000', '850'], true)).toBe(true);
    expect(writesDotThousands(['150.000', '20.000', '850'], false)).toBe(false);
    expect(writesDotThousands(['1.250.000', '20.000'], false)).toBe(true);
    expect(writesDotThousands(['12.500,50', '300'], false)).toBe(true);
    expect(writesDotThousands(['150.000', '0.5'], true)).toBe(false);
    expect(writesDotThousands(['850', '12'], true)).toBe(false);
  });

  it('reads grouped cells by the column convention', () => {
    expect(readNumberCell('150.000', { dotThousands: true })).toEqual({
      value: 150000,
      quirks: NUMBER_QUIRK.thousands,
    });
    expect(readNumberCell('-1.250.000,5', { dotThousands: true }).value).toBe(-1250000.5);
    expect(readNumberCell('150.000').value).toBe(150);
    expect(readNumberCell('0.5', { dotThousands: true }).value).toBe(0.5);
  });
});
