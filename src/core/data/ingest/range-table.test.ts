import { describe, expect, it } from 'vitest';
import { RangeTable } from './range-table';

describe('RangeTable', () => {
  it('finds keys by a range of a longer text, and nothing for other ranges', () => {
    const table = new RangeTable();
    table.add('Rio', 4);
    table.add('', 0);
    table.add('Цена', 8);
    const text = 'São Paulo,Rio,Цена,Ri';
    expect(table.get(text, 10, 13)).toBe(4);
    expect(table.get(text, 14, 18)).toBe(8);
    expect(table.get(text, 13, 13)).toBe(0);
    expect(table.get(text, 19, 21)).toBe(-1);
    expect(table.get(text, 0, 9)).toBe(-1);
    expect(table.size).toBe(3);
  });

  it('keeps every key through growth', () => {
    const table = new RangeTable();
    for (let i = 0; i < 50_000; i++) table.add(`key ${i}`, i);
    const text = 'key 0,key 49999,key 50000';
    expect(table.get(text, 0, 5)).toBe(0);
    expect(table.get(text, 6, 15)).toBe(49_999);
    expect(table.get(text, 16, 25)).toBe(-1);
    for (let i = 0; i < 50_000; i += 997)
      expect(table.get(`key ${i}`, 0, `key ${i}`.length)).toBe(i);
  });
});
