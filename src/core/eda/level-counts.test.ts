import { describe, expect, it } from 'vitest';
import type { CodedColumn } from '../data/ingest/table';
import { countLevels, levelRange, topLevels } from './level-counts';

const column = (codes: number[], levels: string[]): CodedColumn => ({
  name: 'c',
  type: 'category',
  codes: Int32Array.from(codes),
  levels,
});

describe('level counts', () => {
  it('counts levels, missing cells and the levels in use', () => {
    const counted = countLevels(column([0, 1, 1, -1, 1], ['a', 'b', 'unused']));
    expect([...counted.counts]).toEqual([1, 3, 0]);
    expect(counted).toMatchObject({ missing: 1, distinct: 2 });
  });

  it('keeps the 20 most frequent levels and pools the others', () => {
    const labels = Array.from({ length: 25 }, (_, i) => `l${i}`);
    const counts = Int32Array.from(labels, (_, i) => 100 - i);
    const top = topLevels(labels, counts);
    expect(top.levels).toHaveLength(20);
    expect(top.levels[0]).toEqual({ level: 'l0', count: 100 });
    expect(top).toMatchObject({ otherLevels: 5, otherCount: 80 + 79 + 78 + 77 + 76 });
  });

  it('finds the first and last date among the levels in use', () => {
    const labels = ['2021-03-04', '2019-01-01', '2022-11-30'];
    expect(levelRange(labels, Int32Array.from([1, 0, 2]))).toEqual({
      min: '2021-03-04',
      max: '2022-11-30',
    });
  });
});
