import { describe, expect, it } from 'vitest';
import type { Frame } from '../data/frame';
import { createRandom } from '../random';
import { permutationImportance } from './permutation-importance';

/** price = 100 · size + 50 for "lux" (+ noise); `colour` is pure noise. */
function pricedFrame(rows: number): Frame {
  const random = createRandom(11);
  const size = new Float64Array(rows);
  const colour = new Float64Array(rows);
  const grade: (string | null)[] = [];
  const price = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    size[i] = 1 + random() * 9;
    colour[i] = random();
    grade.push(random() < 0.5 ? 'lux' : 'std');
    price[i] = 100 * size[i]! + (grade[i] === 'lux' ? 50 : 0) + random();
  }
  return {
    rowCount: rows,
    columns: {
      size: { kind: 'number', values: size },
      colour: { kind: 'number', values: colour },
      grade: { kind: 'category', values: grade },
      price: { kind: 'number', values: price },
    },
  };
}

/** The true formula, as a "model" that reads the columns it is given. */
function predictExactly(frame: Frame): Float64Array {
  const size = frame.columns.size!.values as Float64Array;
  const grade = frame.columns.grade!.values as (string | null)[];
  return Float64Array.from(size, (value, i) => 100 * value + (grade[i] === 'lux' ? 50 : 0));
}

describe('permutationImportance', () => {
  const frame = pricedFrame(1000);
  const request = {
    frame,
    target: 'price',
    features: ['colour', 'size', 'grade'],
    predict: predictExactly,
    seed: 3,
  };

  it('scores the TEST rows and ranks a feature that matters far above one that does not', async () => {
    const result = await permutationImportance(request);
    expect(result.rowCount).toBe(200);
    expect(result.rmse).toBeLessThan(1);
    expect(result.features.map((f) => f.feature)).toEqual(['size', 'grade', 'colour']);
    const byName = Object.fromEntries(result.features.map((f) => [f.feature, f.rmseIncrease]));
    expect(byName.colour).toBeCloseTo(0, 10);
    expect(byName.size).toBeGreaterThan(300);
    expect(byName.grade).toBeGreaterThan(20);
  });

  it('is the same for the same seed, and accepts an async predictor and chosen rows', async () => {
    const first = await permutationImportance(request);
    const second = await permutationImportance({
      ...request,
      predict: async (input: Frame) => predictExactly(input),
    });
    expect(second).toEqual(first);
    const few = await permutationImportance({
      ...request,
      rows: Int32Array.of(1, 2, 3),
      repeats: 2,
    });
    expect(few.rowCount).toBe(3);
  });
});
