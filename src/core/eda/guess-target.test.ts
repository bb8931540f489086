import { describe, expect, it } from 'vitest';
import { ingestCsvText } from '../data/ingest';
import { guessTarget } from './guess-target';

const tableOf = (csv: string) => ingestCsvText(csv).table;

describe('guessTarget', () => {
  it('prefers a column named price over other money words', () => {
    expect(guessTarget(tableOf('rent amount,price,area\n1,2,3\n4,5,6\n'))).toBe('price');
  });

  it('finds the price in a longer name and in Russian headers', () => {
    expect(guessTarget(tableOf('model,rental_price_per_day\na,10\nb,20\n'))).toBe(
      'rental_price_per_day',
    );
    expect(guessTarget(tableOf('Марка,"Цена, руб"\nA,100\nB,200\n'))).toBe('Цена, руб');
  });

  it('falls back to other money words, and ignores text columns', () => {
    expect(guessTarget(tableOf('city,rent amount\nx,1000\ny,2000\n'))).toBe('rent amount');
    expect(guessTarget(tableOf('price,area\ncheap,3\ndear,4\n'))).toBeNull();
  });

  it('says null when nothing looks like a price', () => {
    expect(guessTarget(tableOf('a,b\n1,2\n3,4\n'))).toBeNull();
  });
});
