import type * as tf from '@tensorflow/tfjs';
import type { Frame } from '../data/frame';
import { loadNetwork, type ModelBundle } from './model-bundle';
import { outputMembers, predictNetwork } from './network';
import { encodeFrame } from './preprocessing';
import { fromModelSpace, unstandardise } from './target-transform';

/** Estimates for a batch of rows, in the target's units; `low`/`high` bound the interval. */
export interface Estimates {
  values: Float64Array;
  low: Float64Array;
  high: Float64Array;
}

/**
 * A loaded model version: preprocessing + network + target transform + interval, ready to price
 * frames. Holds one TF.js model; call {@link PriceEstimator.dispose} when replacing it.
 */
export class PriceEstimator {
  private constructor(
    readonly bundle: ModelBundle,
    private readonly network: tf.LayersModel,
  ) {}

  static async load(bundle: ModelBundle): Promise<PriceEstimator> {
    return new PriceEstimator(bundle, await loadNetwork(bundle.network));
  }

  /** Prices every row of `frame`; a row the network cannot price comes back as NaN. */
  async estimate(frame: Frame, batchSize = 4096): Promise<Estimates> {
    const { preprocessing, target, interval } = this.bundle;
    const matrix = encodeFrame(preprocessing, frame);
    const outputs = await predictNetwork(this.network, matrix, frame.rowCount, batchSize);
    const members = outputMembers(this.network);
    const estimates: Estimates = {
      values: new Float64Array(frame.rowCount),
      low: new Float64Array(frame.rowCount),
      high: new Float64Array(frame.rowCount),
    };
    for (let i = 0; i < frame.rowCount; i++) {
      let sum = 0;
      for (let m = 0; m < members; m++) sum += outputs[i * members + m]!;
      const centre = unstandardise(target, sum / members);
      estimates.values[i] = fromModelSpace(target, centre);
      estimates.low[i] = fromModelSpace(target, centre + interval.lowOffset);
      estimates.high[i] = fromModelSpace(target, centre + interval.highOffset);
    }
    return estimates;
  }

  dispose(): void {
    this.network.dispose();
  }
}
