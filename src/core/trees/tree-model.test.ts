import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import type { Frame } from '../data/frame';
import { DEFAULT_TREE_PARAMS } from './params';
import { fitTreeModel, predictTreeModel, type TreeModelParams } from './tree-model';
import { allRows } from './test-helpers';

/** price = 100 · (1 + size) · grade factor (NaN size prices as 5), a little noise; some cells missing. */
function pricingFrame(rows: number, seed: number): Frame {
  const random = createRandom(seed);
  const size = new Float64Array(rows);
  const grade: (string | null)[] = [];
  const price = new Float64Array(rows);
  const factors: Record<string, number> = { lux: 1.5, std: 1, eco: 0.8, rare: 2 };
  for (let i = 0; i < rows; i++) {
    size[i] = i % 17 === 0 ? Number.NaN : random() * 10;
    const level = i % 400 === 0 ? 'rare' : i % 23 === 0 ? null : ['lux', 'std', 'eco'][i % 3]!;
    grade.push(level);
    const factor = level === null ? 1 : factors[level]!;
    price[i] =
      100 * (1 + (Number.isNaN(size[i]!) ? 5 : size[i]!)) * factor * (0.98 + 0.04 * random());
  }
  return {
    rowCount: rows,
    columns: {
      size: { kind: 'number', values: size },
      grade: { kind: 'category', values: grade },
      price: { kind: 'number', values: price },
    },
  };
}

const params: TreeModelParams = {
  ...DEFAULT_TREE_PARAMS,
  rounds: 300,
  learningRate: 0.1,
  minLeafRows: 5,
  minCategoryRows: 10,
  earlyStoppingRounds: 30,
  logTarget: true,
};

function fitFrame(frame: Frame, overrides: Partial<TreeModelParams> = {}) {
  const rows = allRows(frame.rowCount);
  return fitTreeModel({
    frame,
    target: 'price',
    features: ['size', 'grade'],
    params: { ...params, ...overrides },
    fitRows: rows.filter((row) => row % 10 !== 3),
    validationRows: rows.filter((row) => row % 10 === 3),
  });
}

describe('fitTreeModel', () => {
  const frame = pricingFrame(3000, 1);

  it('prices a frame within a few percent, inside the training range', () => {
    const fit = fitFrame(frame);
    const predicted = predictTreeModel(fit.model, frame);
    const actual = frame.columns.price!.values as Float64Array;
    let percent = 0;
    actual.forEach((value, i) => (percent += Math.abs(predicted[i]! / value - 1)));
    expect(percent / actual.length).toBeLessThan(0.04);
    expect(Math.min(...predicted)).toBeGreaterThanOrEqual(fit.model.transform.low);
    expect(Math.max(...predicted)).toBeLessThanOrEqual(fit.model.transform.high);
    expect(fit.importance[0]!.feature).toBe('size');
  });

  it('pools rare levels, and prices unseen, null and NaN inputs without failing', () => {
    const fit = fitFrame(frame);
    const grade = fit.model.features[1]!;
    expect(grade).toEqual({ name: 'grade', kind: 'category', levels: ['eco', 'lux', 'std'] });
    const probe: Frame = {
      rowCount: 4,
      columns: {
        size: { kind: 'number', values: Float64Array.of(4, 4, 4, Number.NaN) },
        grade: { kind: 'category', values: ['never-seen', 'rare', null, 'lux'] },
      },
    };
    const predicted = predictTreeModel(fit.model, probe);
    expect(predicted.every(Number.isFinite)).toBe(true);
    expect(predicted[0]).toBe(predicted[1]);
    expect(predicted[3]).toBeGreaterThan(predicted[2]! * 1.5);
  });

  it('fits a raw target as well and refuses a log target that is not positive', () => {
    const raw = fitFrame(frame, { logTarget: false });
    expect(raw.model.transform.isLog).toBe(false);
    const negative = pricingFrame(200, 2);
    (negative.columns.price!.values as Float64Array)[5] = -1;
    expect(() => fitFrame(negative)).toThrow(/log target needs "price" above 0.*-1/);
  });

  it('refuses a frame whose column kinds differ from the model', () => {
    const fit = fitFrame(pricingFrame(300, 3));
    const wrong: Frame = {
      rowCount: 1,
      columns: {
        size: { kind: 'category', values: ['4'] },
        grade: { kind: 'category', values: ['lux'] },
      },
    };
    expect(() => predictTreeModel(fit.model, wrong)).toThrow(/"size" holds category values/);
  });
});
