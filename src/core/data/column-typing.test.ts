import { describe, expect, it } from 'vitest';
import { inferColumnType } from './column-typing';

const repeat = (values: string[], times: number): string[] =>
  Array.from({ length: times }, () => values).flat();

describe('inferColumnType', () => {
  it('reads numbers, including messy ones and placeholders', () => {
    expect(inferColumnType('area', repeat(['1,6', '2', 'NA', '3 400', '45-65'], 10))).toBe(
      'number',
    );
  });

  it('reads repeated strings as a category', () => {
    expect(inferColumnType('cut', repeat(['Ideal', 'Premium', 'Good'], 10))).toBe('category');
  });

  it('reads True/False and yes/no as boolean', () => {
    expect(inferColumnType('has_gps', repeat(['True', 'False', 'True'], 10))).toBe('boolean');
    expect(inferColumnType('furnished', repeat(['yes', 'no'], 10))).toBe('boolean');
  });

  it('reads a row counter or an id column as id-like', () => {
    const counter = Array.from({ length: 50 }, (_, i) => String(i));
    expect(inferColumnType('', counter)).toBe('id');
    const codes = Array.from({ length: 50 }, (_, i) => `A${1000 + i * 7}`);
    expect(inferColumnType('listing', codes)).toBe('id');
  });

  it('keeps a few repeated levels a category even when the name ends in key or id', () => {
    expect(inferColumnType('model_key', repeat(['Citroën', 'Renault', 'BMW'], 20))).toBe(
      'category',
    );
    const users = Array.from({ length: 200 }, (_, i) => `u${i % 80}`);
    expect(inferColumnType('user_id', users)).toBe('id');
  });

  it('keeps unique measurements as numbers', () => {
    const prices = Array.from({ length: 50 }, (_, i) => String(100 + i * i * 3.7));
    expect(inferColumnType('price', prices)).toBe('number');
  });

  it('reads ISO dates as dates and long unique strings as text', () => {
    expect(inferColumnType('sold', repeat(['2021-03-04', '2022-11-30'], 10))).toBe('date');
    const notes = Array.from(
      { length: 30 },
      (_, i) => `A bright flat near the park with ${i} rooms and views`,
    );
    expect(inferColumnType('notes', notes)).toBe('text');
  });
});
