import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { choiceOf, sampleUniformly, type Assignment, type SearchSpace } from './search-space';
import { TpeSampler, type ScoredTrial } from './tpe-sampler';

const SPACE = {
  rate: { kind: 'log-uniform', low: 1e-4, high: 1 },
  share: { kind: 'uniform', low: 0, high: 1 },
  shape: { kind: 'categorical', choices: ['narrow', 'wide', 'deep'] },
} satisfies SearchSpace;

/** Minimum 0 at rate = 0.01, share = 0.7, shape = wide. */
function objective(point: Assignment): number {
  const shapePenalty = choiceOf(SPACE.shape, point.shape!) === 'wide' ? 0 : 0.5;
  return (Math.log10(point.rate!) + 2) ** 2 + 4 * (point.share! - 0.7) ** 2 + shapePenalty;
}

function bestOfTpe(seed: number, trials: number): { best: number; history: ScoredTrial[] } {
  const sampler = new TpeSampler(SPACE, { seed });
  const history: ScoredTrial[] = [];
  for (let t = 0; t < trials; t++) {
    const assignment = sampler.suggest(history);
    history.push({ assignment, loss: objective(assignment) });
  }
  return { best: Math.min(...history.map((trial) => trial.loss)), history };
}

function bestOfRandom(seed: number, trials: number): number {
  const random = createRandom(seed);
  let best = Infinity;
  for (let t = 0; t < trials; t++) best = Math.min(best, objective(sampleUniformly(SPACE, random)));
  return best;
}

describe('TpeSampler', () => {
  it('finds better points than random search for the same number of trials, on average over seeds', () => {
    const seeds = Array.from({ length: 20 }, (_, i) => 100 + i);
    const tpe = seeds.map((seed) => bestOfTpe(seed, 30).best);
    const random = seeds.map((seed) => bestOfRandom(seed, 30));
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean(tpe)).toBeLessThan(mean(random) * 0.6);
    expect(tpe.filter((value, i) => value < random[i]!).length).toBeGreaterThanOrEqual(14);
  });

  it('suggests the same points for the same seed and history', () => {
    const first = bestOfTpe(7, 15).history.map((trial) => trial.assignment);
    const second = bestOfTpe(7, 15).history.map((trial) => trial.assignment);
    expect(second).toEqual(first);
    expect(bestOfTpe(8, 15).history.map((trial) => trial.assignment)).not.toEqual(first);
  });

  it('keeps every suggestion inside the space', () => {
    for (const { assignment } of bestOfTpe(3, 25).history) {
      expect(assignment.rate).toBeGreaterThanOrEqual(1e-4);
      expect(assignment.rate).toBeLessThanOrEqual(1);
      expect(assignment.share).toBeGreaterThanOrEqual(0);
      expect(assignment.share).toBeLessThanOrEqual(1);
      expect([0, 1, 2]).toContain(assignment.shape);
    }
  });

  it('concentrates on the region of good trials once the startup trials are done', () => {
    const sampler = new TpeSampler({ share: SPACE.share }, { seed: 1, startupTrials: 4 });
    const history: ScoredTrial[] = [0.05, 0.1, 0.5, 0.9, 0.95, 0.6, 0.3, 0.8].map((share) => ({
      assignment: { share },
      loss: Math.abs(share - 0.1),
    }));
    const suggestions = Array.from({ length: 10 }, () => sampler.suggest(history).share!);
    expect(suggestions.filter((share) => share < 0.3).length).toBeGreaterThanOrEqual(8);
  });
});
