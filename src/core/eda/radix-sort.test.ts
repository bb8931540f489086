import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { radixSortFloat64 } from './radix-sort';

function expectSameOrder(values: Float64Array): void {
  const expected = values.slice().sort();
  radixSortFloat64(values);
  expect(values.every((value, i) => Object.is(value, expected[i]))).toBe(true);
}

describe('radixSortFloat64', () => {
  it('sorts as Float64Array.prototype.sort does: negatives, -0 before 0, tiny and huge values', () => {
    const random = createRandom(5);
    const specials = [0, -0, 5e-324, -5e-324, 1e308, -1e308, Infinity, -Infinity, 1, -1];
    const values = Float64Array.from({ length: 200_000 }, (_, i) =>
      i % 50 === 0 ? specials[i % specials.length]! : (random() - 0.5) * 10 ** (random() * 20),
    );
    expectSameOrder(values);
  });

  it('sorts many repeats and values that share their high digits', () => {
    const random = createRandom(6);
    expectSameOrder(Float64Array.from({ length: 100_000 }, () => Math.floor(random() * 300)));
    expectSameOrder(Float64Array.from({ length: 100_000 }, () => 1000 + random()));
    expectSameOrder(new Float64Array(70_000).fill(-2.5));
  });

  it('sorts short arrays with the built-in sort', () => {
    expectSameOrder(Float64Array.from([3, -0, 0, -1, 2]));
    expectSameOrder(new Float64Array(0));
  });
});
