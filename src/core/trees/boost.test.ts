import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import type { FeatureColumn } from './binning';
import { fitBoostedTrees } from './boost';
import { binFeatures } from './binning';
import { predictEnsemble } from './predict';
import { allRows, boost, EXACT_PARAMS } from './test-helpers';

const number = (values: number[]): FeatureColumn => ({
  kind: 'number',
  values: Float64Array.from(values),
});

describe('fitBoostedTrees', () => {
  it('learns a step function exactly, including between training values', () => {
    const x = Array.from({ length: 60 }, (_, i) => i / 10);
    const result = boost(
      [number(x)],
      Float64Array.from(x, (v) => (v < 3 ? 10 : 20)),
    );
    const predicted = predictEnsemble(result.ensemble, [number([0, 1.55, 2.9, 3, 3.1, 5.9, 100])]);
    [10, 10, 10, 20, 20, 20, 20].forEach((want, i) => expect(predicted[i]).toBeCloseTo(want, 6));
    expect(result.ensemble.treeRoots.length).toBe(1);
    expect(result.stopReason).toBe('no-split');
  });

  it('sends missing numbers down the side learned from the training rows', () => {
    const x = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? Number.NaN : i));
    const target = Float64Array.from(x, (v) => (Number.isNaN(v) || v >= 20 ? 20 : 10));
    const result = boost([number(x)], target);
    const predicted = predictEnsemble(result.ensemble, [number([Number.NaN, 5, 30])]);
    expect(Array.from(predicted, (v) => Number(v.toFixed(6)))).toEqual([20, 10, 20]);
  });

  it('gives identical models for one seed and different ones for another', () => {
    const random = createRandom(3);
    const columns = [0, 1, 2].map(() => number(Array.from({ length: 400 }, random)));
    const first = columns[0] as { values: Float64Array };
    const target = first.values.map((v, i) => 5 * v + 0.1 * (i % 7));
    const params = { rounds: 20, learningRate: 0.3, rowSampleRate: 0.7, featureSampleRate: 0.5 };
    const fit = (seed: number) =>
      predictEnsemble(boost(columns, target, { ...params, seed }).ensemble, columns);
    expect(fit(11)).toEqual(fit(11));
    expect(fit(12)).not.toEqual(fit(11));
  });

  it('stops early on noise and keeps the best round', () => {
    const random = createRandom(5);
    const x = Array.from({ length: 600 }, random);
    const target = Float64Array.from(x, (v) => v + 2 * (random() - 0.5));
    const validationRows = allRows(600).filter((row) => row % 4 === 0);
    const result = boost(
      [number(x)],
      target,
      {
        rounds: 300,
        learningRate: 0.5,
        minLeafRows: 2,
        earlyStoppingRounds: 10,
      },
      validationRows,
    );
    expect(result.stopReason).toBe('early-stopping');
    expect(result.bestRound).toBeLessThan(result.history.length);
    expect(result.history.length).toBe(result.bestRound + 10);
    expect(result.ensemble.treeRoots.length).toBe(result.bestRound);
    const best = Math.min(...result.history.map((entry) => entry.validLoss));
    expect(result.history[result.bestRound - 1]!.validLoss).toBe(best);
  });

  it('puts the informative feature first in gain importance', () => {
    const random = createRandom(9);
    const columns = [0, 1, 2, 3].map(() => number(Array.from({ length: 500 }, random)));
    const signal = (columns[2] as { values: Float64Array }).values;
    const target = signal.map((v) => 10 * v + 0.5 * random());
    const { gainImportance } = boost(columns, target, { rounds: 30, learningRate: 0.3 });
    expect(gainImportance.indexOf(Math.max(...gainImportance))).toBe(2);
    expect(gainImportance[2]).toBeGreaterThan(10 * gainImportance[0]!);
  });

  it('stops when asked and reports the rounds done', () => {
    const x = number(Array.from({ length: 50 }, (_, i) => i));
    let calls = 0;
    const fitRows = allRows(50);
    const result = fitBoostedTrees({
      bins: binFeatures([x], fitRows, 255),
      target: Float64Array.from({ length: 50 }, (_, i) => Math.sin(i)),
      fitRows,
      validationRows: new Int32Array(0),
      params: { ...EXACT_PARAMS, rounds: 100, learningRate: 0.1 },
      shouldStop: () => ++calls > 3,
    });
    expect(result.stopReason).toBe('cancelled');
    expect(result.history.map((entry) => entry.round)).toEqual([1, 2, 3]);
  });
});

describe('predictEnsemble and settings', () => {
  it('predicts a subset of rows by index, and refuses rows out of range', () => {
    const x = Array.from({ length: 30 }, (_, i) => i);
    const result = boost(
      [number(x)],
      Float64Array.from(x, (v) => (v < 10 ? 1 : 2)),
    );
    const probe = [number([0, 20, 5])];
    expect(Array.from(predictEnsemble(result.ensemble, probe, Int32Array.of(2, 1)))).toEqual([
      1, 2,
    ]);
    expect(() => predictEnsemble(result.ensemble, probe, Int32Array.of(3))).toThrow(/outside/);
  });

  it('refuses settings out of range, naming them', () => {
    const x = number([1, 2, 3]);
    expect(() => boost([x], Float64Array.of(1, 2, 3), { maxBins: 300 })).toThrow(
      /maxBins = 300 is outside \[2, 255\]/,
    );
  });
});

describe('categorical splits (codes 2–5 are levels a–d)', () => {
  const codes = Uint8Array.from({ length: 80 }, (_, i) => 2 + (i % 4));
  const column: FeatureColumn = { kind: 'category', codes, codeCount: 6 };
  const target = Float64Array.from(codes, (code) => (code === 2 || code === 4 ? 5 : 50));

  it('groups the levels with alike targets in one tree of two leaves', () => {
    const result = boost([column], target, { rounds: 1, maxLeaves: 2 });
    expect(result.ensemble.leafValue.length).toBe(2);
    const probe: FeatureColumn = {
      kind: 'category',
      codes: Uint8Array.of(2, 3, 4, 5),
      codeCount: 6,
    };
    const predicted = predictEnsemble(result.ensemble, [probe]);
    expect(Array.from(predicted)).toEqual([5, 50, 5, 50]);
  });

  it('sends codes unseen in training where missing values went', () => {
    const withMissing = Uint8Array.from(codes, (code, i) => (i % 10 === 0 ? 0 : code));
    const missingTarget = Float64Array.from(withMissing, (code) =>
      code === 0 || code === 3 || code === 5 ? 50 : 5,
    );
    const result = boost([{ kind: 'category', codes: withMissing, codeCount: 6 }], missingTarget, {
      rounds: 1,
      maxLeaves: 2,
    });
    const probe: FeatureColumn = {
      kind: 'category',
      codes: Uint8Array.of(0, 1, 200, 2),
      codeCount: 201,
    };
    expect(Array.from(predictEnsemble(result.ensemble, [probe]))).toEqual([50, 50, 50, 5]);
  });
});
