import { describe, expect, it } from 'vitest';
import { RunTally } from './run-tally';

const priced = (value: number, note: string | null = null) => ({
  value,
  low: value - 1,
  high: value + 1,
  error: null,
  note,
});
const failed = (error: string) => ({ value: null, low: null, high: null, error, note: null });

describe('RunTally', () => {
  it('counts rows across chunks with their data row numbers', () => {
    const tally = new RunTally(100, 1000);
    tally.add([priced(200), failed('no carat')], 1, (k) => [`row${k}`]);
    tally.add([priced(300, 'unseen cut'), failed('bad')], 3, (k) => [`next${k}`]);
    const snapshot = tally.snapshot();
    expect(tally.counts()).toEqual({ rows: 4, scored: 2, errors: 2 });
    expect(snapshot.noted).toBe(1);
    expect(snapshot.errorSamples).toEqual([
      { row: 2, message: 'no carat' },
      { row: 4, message: 'bad' },
    ]);
    expect(snapshot.noteSamples).toEqual([{ row: 3, message: 'unseen cut' }]);
    expect(snapshot.previewRows).toEqual([['row0'], ['row1'], ['next0'], ['next1']]);
    expect(snapshot.prices.mean).toBe(250);
  });
});
