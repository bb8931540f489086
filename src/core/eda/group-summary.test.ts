import { describe, expect, it } from 'vitest';
import { GroupSampler, MAX_GROUP_SAMPLE } from './group-summary';

describe('GroupSampler', () => {
  it('sums every row of a group and takes quantiles from every k-th row', () => {
    const big = 3 * MAX_GROUP_SAMPLE;
    const sampler = new GroupSampler(Int32Array.from([4, 0, big]));
    for (const y of [10, 20, 30, 40]) sampler.add(0, y);
    for (let i = 0; i < big; i++) sampler.add(2, i % 100);
    const [small, empty, large] = sampler.finish();
    expect(small).toMatchObject({ count: 4, mean: 25, q50: 25, q25: 17.5 });
    expect(empty).toBeNull();
    expect(large).toMatchObject({ count: big, mean: 49.5 });
    expect(large!.q50).toBeCloseTo(49.5, 0);
  });
});
