import { describe, expect, it } from 'vitest';
import { GrowableFloat64, GrowableInt32 } from './growable';

describe('growable arrays', () => {
  it('keep every value across blocks, in order', () => {
    const floats = new GrowableFloat64();
    const ints = new GrowableInt32();
    const count = 200_000;
    for (let i = 0; i < count; i++) {
      floats.push(i + 0.5);
      ints.push(-i);
    }
    expect(floats.length).toBe(count);
    const values = floats.toArray();
    expect(values.length).toBe(count);
    expect(values[0]).toBe(0.5);
    expect(values[count - 1]).toBe(count - 0.5);
    expect(ints.toArray()[131_072]).toBe(-131_072);
  });

  it('gives an empty array when nothing was pushed', () => {
    expect(new GrowableFloat64().toArray()).toEqual(new Float64Array(0));
  });
});
