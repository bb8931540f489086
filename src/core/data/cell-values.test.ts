import { describe, expect, it } from 'vitest';
import {
  isMissingCell,
  NUMBER_QUIRK,
  parseBooleanCell,
  parseNumberCell,
  readNumberCell,
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
