import { describe, expect, it } from 'vitest';
import {
  chiSquareTest,
  jensenShannonDistance,
  populationStabilityIndex,
  proportionZTest,
} from './count-tests';
import { mismatch } from './golden-assert';
import { generateCategories } from './golden-samples';
import { GOLDEN } from './golden-values';

const expectClose = (actual: number, expected: number, relative: number, absolute = 0): void =>
  expect(mismatch(actual, expected, relative, absolute)).toBeNull();

const levelCounts = (values: string[], keys: readonly string[]): number[] =>
  keys.map((key) => values.filter((value) => value === key).length);

describe('golden category samples', () => {
  it.each(GOLDEN.counts)(
    'are the ones SciPy counted: $name',
    ({ a, b, keys, reference, current }) => {
      expect(levelCounts(generateCategories(a), keys)).toEqual(reference);
      expect(levelCounts(generateCategories(b), keys)).toEqual(current);
    },
  );
});

describe('chiSquareTest', () => {
  it.each(GOLDEN.counts)('matches scipy chisquare(f_obs, f_exp): $name', (golden) => {
    const result = chiSquareTest(golden.reference, golden.current);
    expectClose(result.statistic, golden.chiSquare, 1e-12);
    expectClose(result.pValue, golden.chiSquareP, 1e-6);
  });

  it('gives +∞ and p = 0 when the batch has a level the reference lacks', () => {
    expect(chiSquareTest([10, 10, 0], [10, 9, 1])).toEqual({ statistic: Infinity, pValue: 0 });
  });

  it('leaves out keys empty on both sides and needs two keys', () => {
    expectClose(
      chiSquareTest([10, 30, 0], [20, 20, 0]).pValue,
      chiSquareTest([10, 30], [20, 20]).pValue,
      1e-15,
    );
    expect(chiSquareTest([5], [7])).toEqual({ statistic: 0, pValue: 1 });
  });
});

describe('proportionZTest', () => {
  it.each(GOLDEN.counts)("matches Evidently's z-test on SciPy's norm.cdf: $name", (golden) => {
    const [refTotal, curTotal] = [golden.reference, golden.current].map((c) =>
      c.reduce((s, v) => s + v, 0),
    );
    const result = proportionZTest(golden.reference[0]!, refTotal!, golden.current[0]!, curTotal!);
    expectClose(result.statistic, golden.z, 1e-12);
    expectClose(result.pValue, golden.zP, 1e-6, 1e-15);
  });

  it('gives p = 1 when both samples hold one and the same value', () => {
    expect(proportionZTest(40, 40, 25, 25).pValue).toBe(1);
  });
});

describe('jensenShannonDistance', () => {
  it.each(GOLDEN.counts)('matches scipy jensenshannon(p, q) (natural log): $name', (golden) => {
    expectClose(
      jensenShannonDistance(golden.reference, golden.current),
      golden.jensenShannon,
      1e-12,
      1e-15,
    );
  });

  it('reaches √ln 2 for disjoint supports', () => {
    expectClose(jensenShannonDistance([5, 0], [0, 7]), Math.sqrt(Math.LN2), 1e-15);
  });
});

describe('populationStabilityIndex', () => {
  it.each(GOLDEN.counts)("matches Evidently's PSI with its zero filling: $name", (golden) => {
    expectClose(
      populationStabilityIndex(golden.reference, golden.current),
      golden.psi,
      1e-12,
      1e-15,
    );
  });
});
