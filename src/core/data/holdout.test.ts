import { describe, expect, it } from 'vitest';
import { splitRows } from './holdout';

describe('splitRows', () => {
  it('puts every fifth row (from 0) in TEST and i % 10 == 3 in validation', () => {
    const split = splitRows(12);
    expect([...split.test]).toEqual([0, 5, 10]);
    expect([...split.validation]).toEqual([3]);
    expect([...split.fit]).toEqual([1, 2, 4, 6, 7, 8, 9, 11]);
  });

  it('leaves unusable rows out of every part without moving the others', () => {
    const split = splitRows(11, (row) => row !== 5 && row !== 3);
    expect([...split.test]).toEqual([0, 10]);
    expect([...split.validation]).toEqual([]);
    expect(split.fit).not.toContain(5);
  });
});
