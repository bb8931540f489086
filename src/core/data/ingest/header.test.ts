import { describe, expect, it } from 'vitest';
import { normaliseHeader } from './header';

describe('normaliseHeader', () => {
  it('trims names and keeps unique ones as they are', () => {
    expect(normaliseHeader([' price ', 'Цена, руб'])).toEqual({
      names: ['price', 'Цена, руб'],
      renamed: [],
    });
  });

  it('names empty header cells by position and reports it', () => {
    const { names, renamed } = normaliseHeader(['', 'model_key', ' ']);
    expect(names).toEqual(['column_1', 'model_key', 'column_3']);
    expect(renamed).toEqual([
      { index: 0, from: '', to: 'column_1' },
      { index: 2, from: ' ', to: 'column_3' },
    ]);
  });

  it('suffixes repeated names without clashing with existing ones', () => {
    expect(normaliseHeader(['a', 'a', 'a_2', 'a']).names).toEqual(['a', 'a_3', 'a_2', 'a_4']);
    expect(normaliseHeader(['column_1', '']).names).toEqual(['column_1', 'column_2']);
  });
});
