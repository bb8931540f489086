import { describe, expect, it } from 'vitest';
import { etaMs, searchEtaMs } from './eta';

const report = (epoch: number, elapsedMs: number) => ({ epoch, loss: 1, valLoss: 1, elapsedMs });

describe('etaMs', () => {
  it('multiplies the mean epoch time by the epochs still planned', () => {
    expect(etaMs({ report: report(1, 400), plannedEpochs: 10 })).toBe(1_600);
    expect(etaMs({ report: report(9, 2_000), plannedEpochs: 10 })).toBe(0);
  });

  it('never promises past the time budget', () => {
    expect(etaMs({ report: report(1, 400), plannedEpochs: 10, timeBudgetMs: 1_000 })).toBe(600);
    expect(etaMs({ report: report(1, 1_400), plannedEpochs: 10, timeBudgetMs: 1_000 })).toBe(0);
  });
});

describe('searchEtaMs', () => {
  it('uses the budget alone during the first trial', () => {
    const input = { elapsedMs: 2_000, trialElapsedMs: 1_900, trial: 0, trials: 4 };
    expect(searchEtaMs({ ...input, timeBudgetMs: 60_000 })).toBe(58_000);
  });

  it('then the mean trial time times the trials left, less what the current one has used', () => {
    const input = { elapsedMs: 25_000, trialElapsedMs: 5_000, trial: 2, trials: 4 };
    expect(searchEtaMs({ ...input, timeBudgetMs: 60_000 })).toBe(15_000);
    expect(searchEtaMs({ ...input, timeBudgetMs: 30_000 })).toBe(5_000);
  });
});
