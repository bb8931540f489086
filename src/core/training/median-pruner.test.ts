import { describe, expect, it } from 'vitest';
import { median, shouldPruneTrial } from './median-pruner';

/** Completed trials' validation losses per epoch. */
const COMPLETED = [
  [1.0, 0.6, 0.4, 0.3, 0.25],
  [1.2, 0.7, 0.5, 0.35, 0.3],
  [0.9, 0.5, 0.35, 0.28, 0.2],
];

describe('shouldPruneTrial', () => {
  it('prunes a trial whose best loss so far is worse than the median at that epoch', () => {
    expect(shouldPruneTrial([1.5, 1.1, 0.9], COMPLETED)).toBe(true);
  });

  it('keeps a trial at or better than the median', () => {
    expect(shouldPruneTrial([1.1, 0.6, 0.4], COMPLETED)).toBe(false);
    expect(shouldPruneTrial([1.0, 0.55, 0.38, 0.29], COMPLETED)).toBe(false);
  });

  it('judges by the best loss so far, not the last one', () => {
    expect(shouldPruneTrial([1.0, 0.35, 0.6], COMPLETED)).toBe(false);
  });

  it('never prunes during the warm-up epochs', () => {
    expect(shouldPruneTrial([9, 9], COMPLETED)).toBe(false);
    expect(shouldPruneTrial([9, 9], COMPLETED, { warmupEpochs: 2 })).toBe(true);
  });

  it('waits for enough completed trials that reached the epoch', () => {
    expect(shouldPruneTrial([9, 9, 9], COMPLETED.slice(0, 1))).toBe(false);
    expect(shouldPruneTrial([9, 9, 9, 9, 9, 9], COMPLETED)).toBe(false);
    expect(shouldPruneTrial([9, 9, 9], [], { minCompletedTrials: 0 })).toBe(false);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
