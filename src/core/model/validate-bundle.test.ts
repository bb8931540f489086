import { describe, expect, it } from 'vitest';
import { readShippedBundle } from '../../test-support/shipped-model';
import { networkMembers } from './model-bundle';
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
    networkMembers(huge)[0]!.network.weightSpecs[0]!.shape = [100000, 100000];
    expect(refusal(huge)).toMatch(/declares \d+ weights; the limit is 20000000/);
    const short = structuredClone(shipped);
    const network = networkMembers(short)[0]!.network;
    network.weightData = network.weightData.slice(0, 400);
    expect(refusal(short)).toMatch(/weights hold 300 bytes but the shapes need/);
  });

  it('refuses blend weights that do not sum to 1, or that are negative', () => {
    const unbalanced = structuredClone(shipped);
    unbalanced.members.forEach((member) => (member.weight = 0.4));
    expect(refusal(unbalanced)).toMatch(/blend weights sum to/);
    const negative = structuredClone(shipped);
    negative.members[0]!.weight = -1;
    expect(refusal(negative)).toMatch(/not between 0 and 1/);
    expect(refusal({ ...shipped, members: [] })).toMatch(/no members/);
  });

  it('refuses a member of unknown kind and trees that read a column the signature lacks', () => {
    const odd = structuredClone(shipped);
    (odd.members[0] as { kind: string }).kind = 'forest';
    expect(refusal(odd)).toMatch(/unknown kind forest/);
    const trees = structuredClone(shipped);
    const member = trees.members.find((item) => item.kind === 'trees');
    if (!member || member.kind !== 'trees') throw new Error('The shipped model has no trees.');
    member.trees.features[0]!.name = 'colour';
    expect(refusal(trees)).toMatch(/column "colour", which the signature lacks/);
  });

  it('reads a format 1 file (one network) as a one-member blend', () => {
    const [network] = networkMembers(shipped);
    const v1: Record<string, unknown> = {
      ...shipped,
      formatVersion: 1,
      preprocessing: network!.preprocessing,
      target: network!.target,
      network: network!.network,
    };
    delete v1.members;
    const upgraded = validateModelBundle(v1);
    expect(upgraded.formatVersion).toBe(2);
    expect(upgraded.members).toEqual([{ ...network, weight: 1, label: 'network' }]);
    expect(upgraded.target).toEqual({ ...network!.target, mean: 0, std: 1 });
  });
});
