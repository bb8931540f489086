import type * as tf from '@tensorflow/tfjs';
import type { Frame } from '../data/frame';
import { clipToRange, fromModelSpace, toModelSpace, unstandardise } from '../target-transform';
import { deserializeTreeModel, predictTreeModel, prepareEnsemble, type TreeModel } from '../trees';
import {
  loadNetwork,
  type BundleMember,
  type ModelBundle,
  type NetworkMember,
} from './model-bundle';
import { outputMembers, predictNetwork } from './network';
import { encodeFrame } from './preprocessing';

/** Estimates for a batch of rows, in the target's units; `low`/`high` bound the interval. */
export interface Estimates {
  values: Float64Array;
  low: Float64Array;
  high: Float64Array;
}

/** A member ready to price frames. */
interface LoadedMember {
  weight: number;
  /** Prices in the target's units (NaN where it cannot price a row). */
  prices(frame: Frame, batchSize: number): Promise<Float64Array>;
  dispose(): void;
}

/**
 * A loaded model version: every member (networks, tree ensembles) with its blend weight, the
 * interval and the bundle's clip range, ready to price frames. Holds TF.js models; call
 * {@link PriceEstimator.dispose} when replacing it.
 */
export class PriceEstimator {
  private constructor(
    readonly bundle: ModelBundle,
    private readonly members: LoadedMember[],
  ) {}

  static async load(bundle: ModelBundle): Promise<PriceEstimator> {
    const members: LoadedMember[] = [];
    try {
      for (const member of bundle.members) members.push(await loadMember(member));
    } catch (error) {
      members.forEach((member) => member.dispose());
      throw error;
    }
    return new PriceEstimator(bundle, members);
  }

  /** Prices every row of `frame`; a row a member cannot price comes back as NaN. */
  async estimate(frame: Frame, batchSize = 4096): Promise<Estimates> {
    const { target, interval } = this.bundle;
    const values = new Float64Array(frame.rowCount);
    for (const member of this.members) {
      const prices = await member.prices(frame, batchSize);
      for (let i = 0; i < prices.length; i++) values[i] = values[i]! + member.weight * prices[i]!;
    }
    const low = new Float64Array(frame.rowCount);
    const high = new Float64Array(frame.rowCount);
    for (let i = 0; i < values.length; i++) {
      const centre = toModelSpace(target, clipToRange(target, values[i]!));
      values[i] = fromModelSpace(target, centre);
      low[i] = fromModelSpace(target, centre + interval.lowOffset);
      high[i] = fromModelSpace(target, centre + interval.highOffset);
    }
    return { values, low, high };
  }

  dispose(): void {
    this.members.forEach((member) => member.dispose());
  }
}

async function loadMember(member: BundleMember): Promise<LoadedMember> {
  if (member.kind === 'trees') {
    const model = deserializeTreeModel(member.trees);
    prepareEnsemble(model.ensemble); // compiled now, so the first estimate does not pay for it
    return treesMember(model, member.weight);
  }
  return networkMember(member, await loadNetwork(member.network), member.weight);
}

function treesMember(model: TreeModel, weight: number): LoadedMember {
  return {
    weight,
    prices: async (frame) => predictTreeModel(model, frame),
    dispose: () => undefined,
  };
}

function networkMember(
  member: NetworkMember,
  network: tf.LayersModel,
  weight: number,
): LoadedMember {
  return {
    weight,
    async prices(frame, batchSize) {
      const matrix = encodeFrame(member.preprocessing, frame);
      const outputs = await predictNetwork(network, matrix, frame.rowCount, batchSize);
      const towers = outputMembers(network);
      const prices = new Float64Array(frame.rowCount);
      for (let i = 0; i < frame.rowCount; i++) {
        let sum = 0;
        for (let m = 0; m < towers; m++) sum += outputs[i * towers + m]!;
        prices[i] = fromModelSpace(member.target, unstandardise(member.target, sum / towers));
      }
      return prices;
    },
    dispose: () => network.dispose(),
  };
}
