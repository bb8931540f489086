import * as tf from '@tensorflow/tfjs';

/** Shape of the network: `members` independent MLP towers side by side in one model. */
export interface NetworkShape {
  inputWidth: number;
  hiddenUnits: number[];
  /** Independently initialised towers; their mean is the estimate, their spread a confidence cue. */
  members: number;
  seed: number;
  /** L2 penalty on the hidden kernels; 0 for none. */
  l2: number;
}

/**
 * Builds an ensemble MLP: input `[rows, inputWidth]` → output `[rows, members]`, one column per
 * tower. Towers share nothing but the input, so training them together on a tiled target is the
 * same as training each alone, in one set of larger matrix products. Caller disposes the model.
 */
export function buildNetwork(shape: NetworkShape): tf.LayersModel {
  const input = tf.input({ shape: [shape.inputWidth] });
  const heads: tf.SymbolicTensor[] = [];
  for (let member = 0; member < shape.members; member++) {
    let hidden: tf.SymbolicTensor = input;
    shape.hiddenUnits.forEach((units, depth) => {
      hidden = tf.layers
        .dense({
          units,
          activation: 'relu',
          kernelInitializer: tf.initializers.heNormal({
            seed: layerSeed(shape.seed, member, depth),
          }),
          kernelRegularizer: shape.l2 > 0 ? tf.regularizers.l2({ l2: shape.l2 }) : undefined,
        })
        .apply(hidden) as tf.SymbolicTensor;
    });
    const head = tf.layers.dense({
      units: 1,
      kernelInitializer: tf.initializers.glorotUniform({
        seed: layerSeed(shape.seed, member, shape.hiddenUnits.length),
      }),
    });
    heads.push(head.apply(hidden) as tf.SymbolicTensor);
  }
  const output =
    heads.length === 1 ? heads[0]! : (tf.layers.concatenate().apply(heads) as tf.SymbolicTensor);
  return tf.model({ inputs: input, outputs: output });
}

function layerSeed(seed: number, member: number, depth: number): number {
  return (seed * 7919 + member * 104729 + depth * 1299709) % 2147483647;
}

/**
 * Runs the network on a row-major matrix `[rows, width]` in batches and returns the raw outputs,
 * row-major `[rows, members]`. Disposes every tensor it makes.
 */
export async function predictNetwork(
  model: tf.LayersModel,
  matrix: Float32Array,
  rows: number,
  batchSize = 4096,
): Promise<Float32Array> {
  const width = matrix.length / Math.max(rows, 1);
  const members = outputMembers(model);
  const heads = towerHeads(model);
  const out = new Float32Array(rows * members);
  for (let start = 0; start < rows; start += batchSize) {
    const end = Math.min(rows, start + batchSize);
    const outputs = tf.tidy(() => {
      const input = tf.tensor2d(matrix.subarray(start * width, end * width), [end - start, width]);
      return heads
        ? (model.execute(input, heads) as tf.Tensor[])
        : [model.predict(input, { batchSize }) as tf.Tensor];
    });
    try {
      if (!heads) out.set(await outputs[0]!.data(), start * members);
      for (let member = 0; heads && member < members; member++) {
        const column = await outputs[member]!.data();
        for (let row = 0; row < column.length; row++) {
          out[(start + row) * members + member] = column[row]!;
        }
      }
    } finally {
      outputs.forEach((output) => output.dispose());
    }
  }
  return out;
}

const headsByModel = new WeakMap<tf.LayersModel, string[] | null>();

/**
 * Names of the towers' one-unit outputs when the model ends by concatenating them (as
 * {@link buildNetwork} builds it), else null. Predicting those outputs and interleaving them
 * in JS gives the same numbers as the model's own output without its Concat kernel, which on
 * wasm costs about a tenth of a prediction for `[rows, 1]` pieces.
 */
function towerHeads(model: tf.LayersModel): string[] | null {
  if (headsByModel.has(model)) return headsByModel.get(model)!;
  let heads: string[] | null = null;
  const last = model.outputLayers.length === 1 ? model.outputLayers[0] : undefined;
  if (last?.getClassName() === 'Concatenate') {
    const inputs = [last.input].flat();
    const isOneUnitEach = inputs.every((input) => input.shape.length === 2 && input.shape[1] === 1);
    heads =
      isOneUnitEach && inputs.length === outputMembers(model) ? inputs.map((t) => t.name) : null;
  }
  headsByModel.set(model, heads);
  return heads;
}

/** Number of towers (output columns) of a network built by {@link buildNetwork}. */
export function outputMembers(model: tf.LayersModel): number {
  const shape = model.outputs[0]?.shape;
  return shape?.[1] ?? 1;
}
