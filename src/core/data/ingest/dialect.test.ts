import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './dialect';

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n4,5,6\n', ','],
    ['a;b;c\n1,5;2,3;4\n7,1;8;9\n', ';'],
    ['a\tb\n1,5\t2\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
  ])('reads %j as separated by %j', (sample, expected) => {
    expect(detectDelimiter(sample, true)).toBe(expected);
  });

  it('ignores separators inside quotes, like the quoted header names of auto.ru', () => {
    const sample = 'Название,"Пробег, км","Цена, руб"\nKia K5,"10000","1,6"\nBMW,5,7\n';
    expect(detectDelimiter(sample, true)).toBe(',');
    const semicolons = '"a;b";c;d\n"1;2";3;4\n"5";6;7\n';
    expect(detectDelimiter(semicolons, true)).toBe(';');
  });

  it('ignores a last line cut by the end of the sample', () => {
    expect(detectDelimiter('a;b\n1;2\n3;4\n5,6,7,8,9', false)).toBe(';');
  });

  it('counts separators when the sample holds no whole line', () => {
    const header = Array.from({ length: 300 }, (_, i) => `column number ${i}`).join(';');
    expect(detectDelimiter(header.slice(0, 5000), false)).toBe(';');
  });

  it('falls back to a comma for a single column', () => {
    expect(detectDelimiter('price\n1\n2\n', true)).toBe(',');
    expect(detectDelimiter('', true)).toBe(',');
  });
});
