import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { featureBins, featureBinsOfCounts } from './feature-bins';
import {
  histogramOfCounts,
  histogramOfSorted,
  logHistogramOfCounts,
  logHistogramOverSorted,
} from './histogram';
import { sortFinite, summariseCounts, summariseSorted, withEnds } from './numeric-summary';
import { countFiniteValues } from './value-counts';

/** Columns of few distinct values: the counted path must give the sorted path's figures. */
function columns(): Float64Array[] {
  const random = createRandom(13);
  const of = (n: number, value: () => number) => Float64Array.from({ length: n }, value);
  return [
    of(5_000, () => 1990 + Math.floor(random() * 30)),
    of(5_000, () => Math.floor(random() * 8)),
    of(20_000, () => Math.round((random() - 0.3) * 4_000) / 8),
    of(3_000, () => (random() < 0.2 ? Number.NaN : Math.exp(random() * 12) - 20)),
    of(1_000, () => (random() < 0.5 ? 0 : 1)),
    of(7, () => 42),
  ];
}

describe('profiling from value counts', () => {
  it('gives the same statistics, bars and bins as profiling the sorted values', () => {
    for (const values of columns()) {
      const counted = withEnds(countFiniteValues(values, 1 << 16)!);
      const sorted = sortFinite(values);
      expect(summariseCounts(counted)).toEqual(summariseSorted(sorted));
      expect(histogramOfCounts(counted.values, counted.counts)).toEqual(histogramOfSorted(sorted));
      expect(featureBinsOfCounts(counted)).toEqual(featureBins(sorted));
      expect(logHistogramOfCounts(counted.values, counted.counts)).toEqual(
        logHistogramOverSorted(sorted.slice()),
      );
    }
  });
});
