import { describe, expect, it } from 'vitest';
import {
  balancedLocalShare,
  learnCosts,
  UNKNOWN_COSTS,
  type ShareCosts,
  type ShareSample,
} from './share-balance';

describe('balancedLocalShare', () => {
  it('splits evenly before anything is measured', () => {
    expect(balancedLocalShare(UNKNOWN_COSTS, 1)).toBeCloseTo(1 / 2, 12);
    expect(balancedLocalShare(UNKNOWN_COSTS, 3)).toBeCloseTo(1 / 4, 12);
  });

  it('gives this thread less when it is slower or has other work, and clamps to [0, 0.9]', () => {
    expect(balancedLocalShare({ local: 1, helper: 1, other: 0 }, 1)).toBeCloseTo(0.5, 12);
    // A helper twice as slow: x = 2(1 − x) → 2/3.
    expect(balancedLocalShare({ local: 1, helper: 2, other: 0 }, 1)).toBeCloseTo(2 / 3, 12);
    // Other work of 0.5 ms a row: x + 0.5 = 1 − x → 1/4.
    expect(balancedLocalShare({ local: 1, helper: 1, other: 0.5 }, 1)).toBeCloseTo(0.25, 12);
    expect(balancedLocalShare({ local: 1, helper: 1, other: 3 }, 1)).toBe(0);
    expect(balancedLocalShare({ local: 1, helper: 100, other: 0 }, 1)).toBe(0.9);
  });

  it('takes an unmeasured thread as fast as the measured one', () => {
    expect(balancedLocalShare({ local: NaN, helper: 2, other: NaN }, 1)).toBeCloseTo(0.5, 12);
    expect(balancedLocalShare({ local: 3, helper: NaN, other: 0 }, 2)).toBeCloseTo(1 / 3, 12);
  });
});

describe('learnCosts', () => {
  const sample: ShareSample = {
    rows: 1000,
    localRows: 400,
    localMs: 8,
    rowsPerHelper: 600,
    helperMs: 18,
    waitedMs: 2,
    cycleMs: 30,
  };

  it('takes the first sample as it is, then moves halfway to each new one', () => {
    const first = learnCosts(UNKNOWN_COSTS, sample);
    expect(first.local).toBeCloseTo(0.02, 12);
    expect(first.helper).toBeCloseTo(0.03, 12);
    expect(first.other).toBeCloseTo((30 - 8 - 2) / 1000, 12);
    const second = learnCosts(first, { ...sample, localMs: 16 });
    expect(second.local).toBeCloseTo(0.03, 12);
  });

  it('keeps what a sample cannot measure', () => {
    const known: ShareCosts = { local: 0.5, helper: 0.7, other: 0.1 };
    const learnt = learnCosts(known, { ...sample, localRows: 0, rowsPerHelper: 0, cycleMs: 5000 });
    expect(learnt).toEqual(known);
  });

  it('converges to a split where this thread and its helper finish together', () => {
    // Simulated threads: ms per row for trees here, on the helper, and other work here.
    const truth = { local: 0.02, helper: 0.025, other: 0.01 };
    const rows = 60_000;
    let costs = UNKNOWN_COSTS;
    let busyHere = 0;
    let busyHelper = 0;
    for (let call = 0; call < 12; call++) {
      const localRows = Math.round(rows * balancedLocalShare(costs, 1));
      const localMs = localRows * truth.local;
      busyHere = localMs + rows * truth.other;
      busyHelper = (rows - localRows) * truth.helper;
      const waitedMs = Math.max(0, busyHelper - busyHere);
      const cycleMs = busyHere + waitedMs;
      const rowsPerHelper = rows - localRows;
      costs = learnCosts(costs, {
        rows,
        localRows,
        localMs,
        rowsPerHelper,
        helperMs: busyHelper,
        waitedMs,
        cycleMs,
      });
    }
    expect(Math.abs(busyHere - busyHelper) / Math.max(busyHere, busyHelper)).toBeLessThan(0.02);
  });
});
