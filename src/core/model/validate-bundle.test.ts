import { describe, expect, it } from 'vitest';
import { readShippedBundle } from '../../test-support/shipped-model';
import { validateModelBundle } from './validate-bundle';

describe('validateModelBundle', () => {
  const shipped = readShippedBundle();
  const refusal = (value: unknown): string => {
    try {
      validateModelBundle(value);
      return 'accepted';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('accepts the shipped model', () => {
    expect(refusal(shipped)).toBe('accepted');
  });

  it('refuses a file that is not a model', () => {
    expect(refusal({ hello: 'world' })).toMatch(/not an Estimo model file/);
    expect(refusal(null)).toMatch(/not an Estimo model file/);
    expect(refusal({ ...shipped, formatVersion: 99 })).toMatch(/version 99 is not supported/);
  });

  it('refuses a model without a signature', () => {
    expect(refusal({ ...shipped, signature: undefined })).toMatch(/no signature/);
    expect(refusal({ ...shipped, signature: { ...shipped.signature, inputs: [] } })).toMatch(
      /no signature/,
    );
  });

  it('refuses huge or inconsistent weight shapes', () => {
    const huge = structuredClone(shipped);
    huge.network.weightSpecs[0]!.shape = [100000, 100000];
    expect(refusal(huge)).toMatch(/declares \d+ weights; the limit is 20000000/);
    const short = structuredClone(shipped);
    short.network.weightData = short.network.weightData.slice(0, 400);
    expect(refusal(short)).toMatch(/weights hold 300 bytes but the shapes need/);
  });
});
