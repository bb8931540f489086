import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors';
import { base64ToBytes, bytesToBase64 } from '../base64';
import { createRandom } from '../random';
import type { Frame } from '../data/frame';
import { DEFAULT_TREE_PARAMS } from './params';
import { deserializeTreeModel, serializeTreeModel, type SerializedTreeModel } from './serialize';
import { fitTreeModel, predictTreeModel, type TreeModel } from './tree-model';
import { allRows } from './test-helpers';

function trainedModel(): { model: TreeModel; frame: Frame } {
  const random = createRandom(4);
  const rows = 800;
  const size = Float64Array.from({ length: rows }, (_, i) =>
    i % 13 === 0 ? Number.NaN : random(),
  );
  const kind = Array.from({ length: rows }, (_, i) =>
    i % 11 === 0 ? null : ['x', 'y', 'z'][i % 3]!,
  );
  const price = size.map((v, i) => 50 + 100 * (Number.isNaN(v) ? 0.5 : v) + (i % 3) * 20);
  const frame: Frame = {
    rowCount: rows,
    columns: {
      size: { kind: 'number', values: size },
      kind: { kind: 'category', values: kind },
      price: { kind: 'number', values: price },
    },
  };
  const { model } = fitTreeModel({
    frame,
    target: 'price',
    features: ['size', 'kind'],
    params: { ...DEFAULT_TREE_PARAMS, rounds: 40, learningRate: 0.2, logTarget: false },
    fitRows: allRows(rows).filter((row) => row % 10 !== 3),
    validationRows: allRows(rows).filter((row) => row % 10 === 3),
  });
  return { model, frame };
}

/** Serialised copy through JSON text, as storage would keep it. */
function viaJson(model: TreeModel): SerializedTreeModel {
  return JSON.parse(JSON.stringify(serializeTreeModel(model))) as SerializedTreeModel;
}

function refusal(data: unknown): string {
  try {
    deserializeTreeModel(data);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('MODEL_FORMAT');
    return (error as AppError).message;
  }
  throw new Error('The damaged model was accepted.');
}

/** Rewrites one Int32 entry of a serialised array. */
function patchInt32(text: string, index: number, value: number): string {
  const array = new Int32Array(base64ToBytes(text).buffer);
  array[index] = value;
  return bytesToBase64(new Uint8Array(array.buffer));
}

describe('serializeTreeModel / deserializeTreeModel', () => {
  const { model, frame } = trainedModel();

  it('round-trips through JSON and predicts identically', () => {
    const loaded = deserializeTreeModel(viaJson(model));
    expect(Array.from(predictTreeModel(loaded, frame))).toEqual(
      Array.from(predictTreeModel(model, frame)),
    );
    expect(loaded.features).toEqual(model.features);
    expect(loaded.ensemble.leafValue).toEqual(model.ensemble.leafValue);
  });

  it('refuses another format, a cut array and children out of range, naming the problem', () => {
    expect(refusal({ format: 'other' })).toMatch(/not an Estimo tree model/);
    const cut = viaJson(model);
    cut.ensemble.leafValue = cut.ensemble.leafValue.slice(0, 32);
    expect(refusal(cut)).toMatch(/damaged: \d+ leaves do not fit/);
    const wild = viaJson(model);
    wild.ensemble.leftChild = patchInt32(wild.ensemble.leftChild, 0, 1_000_000);
    expect(refusal(wild)).toMatch(/split 0's left child points at split 1000000, out of range/);
    const loop = viaJson(model);
    loop.ensemble.rightChild = patchInt32(loop.ensemble.rightChild, 1, 0);
    expect(refusal(loop)).toMatch(/out of range|used twice/);
    const odd = viaJson(model);
    odd.ensemble.splitThreshold = 'AAAA';
    expect(refusal(odd)).toMatch(/splitThreshold of the tree model is cut short/);
  });

  it('refuses features that disagree with the trees', () => {
    const swapped = viaJson(model);
    swapped.features = [...swapped.features].reverse();
    expect(refusal(swapped)).toMatch(/Feature "kind" is described with another kind/);
    const bad = viaJson(model);
    bad.features = [
      { name: 'size', kind: 'number' },
      { name: 'kind', kind: 'category', levels: ['x', 'x'] },
    ];
    expect(refusal(bad)).toMatch(/"kind" has an invalid level list/);
  });
});
