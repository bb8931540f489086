import { describe, expect, it } from 'vitest';
import { InThreadHelpers } from '../../test-support/ensemble-helpers';
import { createRandom } from '../random';
import type { FeatureColumn } from './binning';
import { predictEnsemble } from './predict';
import { MIN_SHARED_ROWS, SharedEnsemblePredictor } from './shared-predict';
import { boost } from './test-helpers';

/** A numeric feature with missing values and a category of 6 levels, `rows` long. */
function makeColumns(rows: number, seed: number): FeatureColumn[] {
  const random = createRandom(seed);
  const values = Float64Array.from({ length: rows }, () =>
    random() < 0.05 ? NaN : Math.round(random() * 1000) / 10,
  );
  const codes = Uint8Array.from({ length: rows }, () => Math.floor(random() * 6));
  return [
    { kind: 'number', values },
    { kind: 'category', codes, codeCount: 6 },
  ];
}

function fitEnsemble() {
  const columns = makeColumns(3000, 1);
  const [numbers, levels] = columns as [
    { kind: 'number'; values: Float64Array },
    { kind: 'category'; codes: Uint8Array },
  ];
  const target = Float64Array.from(
    numbers.values,
    (x, i) => (Number.isNaN(x) ? 20 : Math.sin(x / 10) * 30) + levels.codes[i]! * 7,
  );
  return boost(columns, target, { rounds: 40, learningRate: 0.3, maxLeaves: 12 }).ensemble;
}

describe('SharedEnsemblePredictor', () => {
  const ensemble = fitEnsemble();

  it('equals predictEnsemble bit for bit while the split between threads moves', async () => {
    for (const count of [1, 3]) {
      const helpers = new InThreadHelpers(count);
      const shared = new SharedEnsemblePredictor(
        ensemble,
        (await helpers.attach(ensemble)).helpers,
      );
      expect(shared.threads).toBe(count + 1);
      for (const [call, rows] of [10_000, 9_001, MIN_SHARED_ROWS, 20_000].entries()) {
        const columns = makeColumns(rows, 10 + call);
        const expected = predictEnsemble(ensemble, columns);
        expect(Array.from(await shared.predict(columns))).toEqual(Array.from(expected));
      }
      // Helpers took part, never with more rows than the call had.
      expect(helpers.calls.length).toBeGreaterThanOrEqual(4);
      expect(helpers.calls.every((rows) => rows > 0 && rows <= 20_000)).toBe(true);
    }
  });

  it('scores small batches on this thread alone', async () => {
    const helpers = new InThreadHelpers(1);
    const shared = new SharedEnsemblePredictor(ensemble, (await helpers.attach(ensemble)).helpers);
    const columns = makeColumns(MIN_SHARED_ROWS - 1, 3);
    expect(Array.from(await shared.predict(columns))).toEqual(
      Array.from(predictEnsemble(ensemble, columns)),
    );
    expect(helpers.calls).toEqual([]);
  });

  it("scores a failed helper's rows here, drops it, and stays exact", async () => {
    const helpers = new InThreadHelpers(2, 1);
    const shared = new SharedEnsemblePredictor(ensemble, (await helpers.attach(ensemble)).helpers);
    const columns = makeColumns(12_000, 4);
    const expected = Array.from(predictEnsemble(ensemble, columns));
    expect(Array.from(await shared.predict(columns))).toEqual(expected);
    expect(shared.threads).toBe(1);
    expect(Array.from(await shared.predict(columns))).toEqual(expected);
    expect(helpers.calls).toEqual([helpers.calls[0]]);
  });
});
