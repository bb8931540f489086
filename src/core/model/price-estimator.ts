import type * as tf from '@tensorflow/tfjs';
import type { Frame } from '../data/frame';
import { clipToRange, fromModelSpace, toModelSpace, unstandardise } from '../target-transform';
import {
  deserializeTreeModel,
  encodeFrame as encodeTreeFeatures,
  prepareEnsemble,
  pricesOfScores,
  type TreeModel,
} from '../trees';
import { SharedEnsemblePredictor, type EnsembleHelpers } from '../trees/shared-predict';
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
  /**
   * Starts pricing `frame`; the returned function finishes and resolves with prices in the
   * target's units (NaN where it cannot price a row).
   */
  begin(frame: Frame, batchSize: number): () => Promise<Float64Array>;
  /** Whether `begin` hands work to other threads, to be collected after the rest is done. */
  sharesWork: boolean;
  /** Resolves with the threads big batches use (1 + helpers) once helpers are attached or not. */
  threads: Promise<number>;
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

  /**
   * Loads every member of `bundle`. With `ensembleHelpers`, tree members also load on helper
   * threads (in the background) and share big batches with them.
   */
  static async load(
    bundle: ModelBundle,
    options: { ensembleHelpers?: EnsembleHelpers } = {},
  ): Promise<PriceEstimator> {
    const members: LoadedMember[] = [];
    try {
      for (const member of bundle.members) {
        members.push(await loadMember(member, options.ensembleHelpers));
      }
    } catch (error) {
      members.forEach((member) => member.dispose());
      throw error;
    }
    return new PriceEstimator(bundle, members);
  }

  /** Prices every row of `frame`; a row a member cannot price comes back as NaN. */
  estimate(frame: Frame, batchSize = 4096): Promise<Estimates> {
    return this.begin(frame, batchSize)();
  }

  /**
   * Starts pricing `frame`: tree members hand their helper threads a share of the rows and score
   * their own share now; the returned function does the rest (networks, collecting the helpers'
   * results). Work done between the two calls (reading the next rows) overlaps the helpers'.
   */
  begin(frame: Frame, batchSize = 4096): () => Promise<Estimates> {
    const finishers = this.members.map((member) => member.begin(frame, batchSize));
    return async () => {
      const prices: Float64Array[] = [];
      // Members working on this thread first, while helper threads score their share.
      for (const sharesWork of [false, true]) {
        for (const [m, member] of this.members.entries()) {
          if (member.sharesWork === sharesWork) prices[m] = await finishers[m]!();
        }
      }
      return this.combine(frame.rowCount, prices);
    };
  }

  /** The weighted sum of the members' prices, clipped to the training range, with its interval. */
  private combine(rowCount: number, prices: Float64Array[]): Estimates {
    const { target, interval } = this.bundle;
    const values = new Float64Array(rowCount);
    for (const [m, member] of this.members.entries()) {
      const memberPrices = prices[m]!;
      for (let i = 0; i < values.length; i++) {
        values[i] = values[i]! + member.weight * memberPrices[i]!;
      }
    }
    const low = new Float64Array(rowCount);
    const high = new Float64Array(rowCount);
    for (let i = 0; i < values.length; i++) {
      const centre = toModelSpace(target, clipToRange(target, values[i]!));
      values[i] = fromModelSpace(target, centre);
      low[i] = fromModelSpace(target, centre + interval.lowOffset);
      high[i] = fromModelSpace(target, centre + interval.highOffset);
    }
    return { values, low, high };
  }

  /**
   * Threads that score big batches (1 + helper threads of tree members), once every helper has
   * loaded (or failed to): a long run waits for it so it starts with all of them.
   */
  async threads(): Promise<number> {
    const counts = await Promise.all(this.members.map((member) => member.threads));
    return Math.max(1, ...counts);
  }

  dispose(): void {
    this.members.forEach((member) => member.dispose());
  }
}

async function loadMember(
  member: BundleMember,
  helpers: EnsembleHelpers | undefined,
): Promise<LoadedMember> {
  if (member.kind === 'trees') {
    const model = deserializeTreeModel(member.trees);
    prepareEnsemble(model.ensemble); // compiled now, so the first estimate does not pay for it
    return treesMember(model, member.weight, helpers);
  }
  return networkMember(member, await loadNetwork(member.network), member.weight);
}

/** A tree member; its helpers (if any) attach in the background and are released on dispose. */
function treesMember(
  model: TreeModel,
  weight: number,
  helpers: EnsembleHelpers | undefined,
): LoadedMember {
  const predictor = new SharedEnsemblePredictor(model.ensemble, []);
  let isDisposed = false;
  let release = () => undefined as void;
  const attached = helpers?.attach(model.ensemble).then(
    (attached) => {
      if (isDisposed) attached.release();
      else {
        predictor.addHelpers(attached.helpers);
        release = attached.release;
      }
    },
    () => undefined, // no helpers: this thread scores alone
  );
  return {
    weight,
    sharesWork: true,
    threads: Promise.resolve(attached).then(() => predictor.threads),
    begin(frame) {
      const finish = predictor.begin(encodeTreeFeatures(model.features, frame));
      return async () => pricesOfScores(model, await finish());
    },
    dispose() {
      isDisposed = true;
      release();
    },
  };
}

function networkMember(
  member: NetworkMember,
  network: tf.LayersModel,
  weight: number,
): LoadedMember {
  return {
    weight,
    sharesWork: false,
    threads: Promise.resolve(1),
    begin: (frame, batchSize) => () => networkPrices(frame, batchSize),
    dispose: () => network.dispose(),
  };

  async function networkPrices(frame: Frame, batchSize: number): Promise<Float64Array> {
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
  }
}
