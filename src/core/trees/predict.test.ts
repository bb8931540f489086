import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import type { FeatureColumn } from './binning';
import { CATEGORY_FEATURE, NUMBER_FEATURE, type TreeEnsemble } from './ensemble';
import { compileEnsemble } from './compile-ensemble';
import { predictEnsemble, prepareEnsemble, scoreRows } from './predict';
import { MASK_WORDS } from './split-finder';
import { boost } from './test-helpers';
import { validateEnsemble } from './validate-ensemble';
import { walkEnsemble } from './walk-ensemble';
import { placeInWasm } from './wasm-ensemble';
import { scoreKernelBytes } from './wasm-kernel';

/** Both scoring paths (wasm kernels and the JS fallback) against the plain walk, bit for bit. */
function expectExact(ensemble: TreeEnsemble, columns: FeatureColumn[]): void {
  const expected = Array.from(walkEnsemble(ensemble, columns));
  const model = compileEnsemble(ensemble);
  expect(Array.from(predictEnsemble(ensemble, columns))).toEqual(expected);
  expect(Array.from(scoreRows({ model, wasm: null }, columns))).toEqual(expected);
}

/** Thresholds a random numeric split may use: few, so rows often sit exactly on one. */
const POOL = [-3, -1.5, 0, 0.25, 1, 2.5, 7, Infinity];

/** A random valid forest over `kinds`, with trees of the given leaf counts. */
function randomEnsemble(kinds: number[], leafCounts: number[], seed: number): TreeEnsemble {
  const random = createRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const split = { feature: [] as number[], threshold: [] as number[], defaultLeft: [] as number[] };
  const children = { left: [] as number[], right: [] as number[] };
  const leaves: number[] = [];
  const masks: number[] = [];
  const grow = (leafCount: number): number => {
    if (leafCount === 1) return ~(leaves.push(Math.round(random() * 2000) / 8 - 100) - 1);
    const node = split.feature.length;
    const f = Math.floor(random() * kinds.length);
    split.feature.push(f);
    split.defaultLeft.push(random() < 0.5 ? 1 : 0);
    if (kinds[f] === CATEGORY_FEATURE) {
      split.threshold.push(masks.length);
      for (let w = 0; w < MASK_WORDS; w++) masks.push(Math.floor(random() * 2 ** 32));
    } else split.threshold.push(pick(POOL));
    children.left.push(0);
    children.right.push(0);
    const leftCount = 1 + Math.floor(random() * (leafCount - 1));
    children.left[node] = grow(leftCount);
    children.right[node] = grow(leafCount - leftCount);
    return node;
  };
  const roots = leafCounts.map(grow);
  const ensemble: TreeEnsemble = {
    featureCount: kinds.length,
    featureKinds: Uint8Array.from(kinds),
    baseScore: 0.1,
    treeRoots: Int32Array.from(roots),
    splitFeature: Int32Array.from(split.feature),
    splitThreshold: Float64Array.from(split.threshold),
    defaultLeft: Uint8Array.from(split.defaultLeft),
    leftChild: Int32Array.from(children.left),
    rightChild: Int32Array.from(children.right),
    splitGain: new Float64Array(split.feature.length).fill(1),
    leafValue: Float64Array.from(leaves),
    categoryMasks: Uint32Array.from(masks),
  };
  validateEnsemble(ensemble);
  return ensemble;
}

/** Random rows: numbers on and between the thresholds, ±∞ and NaN; category codes 0–255. */
function randomColumns(kinds: number[], rows: number, seed: number): FeatureColumn[] {
  const random = createRandom(seed);
  const numbers = [...POOL, -Infinity, Number.NaN, -5, 0.1, 3, 100];
  return kinds.map((kind): FeatureColumn => {
    if (kind === CATEGORY_FEATURE) {
      const codes = Uint8Array.from({ length: rows }, () =>
        random() < 0.7 ? Math.floor(random() * 6) : Math.floor(random() * 256),
      );
      return { kind: 'category', codes, codeCount: 256 };
    }
    const values = Float64Array.from({ length: rows }, () =>
      random() < 0.8 ? numbers[Math.floor(random() * numbers.length)]! : (random() - 0.5) * 20,
    );
    return { kind: 'number', values };
  });
}

describe('predictEnsemble', () => {
  const kinds = [
    NUMBER_FEATURE,
    CATEGORY_FEATURE,
    NUMBER_FEATURE,
    CATEGORY_FEATURE,
    NUMBER_FEATURE,
  ];

  it('equals the plain walk exactly for small, 32-leaf, wide and very large trees', () => {
    const leafCounts = [1, 2, 31, 32, 33, 7, 64, 100, 256, 257, 600, 3, 31];
    for (const seed of [1, 2, 3]) {
      const ensemble = randomEnsemble(kinds, leafCounts, seed);
      expectExact(ensemble, randomColumns(kinds, 5000, seed + 10));
    }
  });

  it('scores trees of up to 32 leaves and any feature count with wasm kernels where it runs', () => {
    const wide = [...kinds, ...kinds];
    const ensemble = randomEnsemble(wide, [2, 5, 12, 20, 31, 32, 1, 32, 24], 11);
    const placed = placeInWasm(compileEnsemble(ensemble));
    expect(placed).not.toBeNull();
    const { treeEntries } = placed!.model;
    const readCounts = new Set(treeEntries.subarray(1).map((end, t) => end - treeEntries[t]!));
    expect(readCounts.size).toBeGreaterThan(4);
    const leftToJs: number[] = [];
    for (let t = 0; t < ensemble.treeRoots.length; t++) {
      const scored = placed!.block.scoreTrees(t, 1);
      if (scored === 0) leftToJs.push(t);
      else t += scored - 1;
    }
    expect(leftToJs).toEqual([6]);
    expectExact(ensemble, randomColumns(wide, 4100, 12));
  });

  it('keeps the kernel module under the 4 kB a page may compile synchronously', () => {
    expect(scoreKernelBytes().length).toBeLessThan(4096);
  });

  it('scores a single row, and a tree that is one leaf', () => {
    const ensemble = randomEnsemble(kinds, [1, 31, 1, 2], 13);
    expectExact(ensemble, randomColumns(kinds, 1, 14));
  });

  it('predicts the same after compiling ahead with prepareEnsemble', () => {
    const ensemble = randomEnsemble(kinds, [31, 12, 40], 9);
    const columns = randomColumns(kinds, 500, 10);
    prepareEnsemble(ensemble);
    expect(Array.from(predictEnsemble(ensemble, columns))).toEqual(
      Array.from(walkEnsemble(ensemble, columns)),
    );
  });

  it('equals the plain walk for trees that read many features', () => {
    const wide = [...kinds, ...kinds, NUMBER_FEATURE, CATEGORY_FEATURE, NUMBER_FEATURE];
    const ensemble = randomEnsemble(wide, [31, 8, 100, 31, 400, 2], 7);
    expectExact(ensemble, randomColumns(wide, 3000, 8));
  });

  it('equals the plain walk on a chosen subset of rows, across block boundaries', () => {
    const ensemble = randomEnsemble(kinds, [31, 31, 40, 300, 5], 4);
    const columns = randomColumns(kinds, 9000, 5);
    const rows = Int32Array.from({ length: 6000 }, (_, i) => (i * 7919) % 9000);
    const all = walkEnsemble(ensemble, columns);
    expect(Array.from(predictEnsemble(ensemble, columns, rows))).toEqual(
      Array.from(rows, (row) => all[row]!),
    );
  });

  it('equals the plain walk for a trained model with categories and missing values', () => {
    const random = createRandom(6);
    const rows = 3000;
    const x = Float64Array.from({ length: rows }, (_, i) => (i % 9 === 0 ? Number.NaN : random()));
    const grade = Uint8Array.from({ length: rows }, (_, i) => (i % 13 === 0 ? 0 : 2 + (i % 5)));
    const columns: FeatureColumn[] = [
      { kind: 'number', values: x },
      { kind: 'category', codes: grade, codeCount: 7 },
    ];
    const target = Float64Array.from(x, (v, i) => (Number.isNaN(v) ? 3 : 10 * v) + grade[i]!);
    const { ensemble } = boost(columns, target, { rounds: 60, learningRate: 0.3, maxLeaves: 31 });
    const probe: FeatureColumn[] = [
      { kind: 'number', values: Float64Array.of(Number.NaN, -1, 0.5, 2, Infinity) },
      { kind: 'category', codes: Uint8Array.of(0, 1, 3, 6, 200), codeCount: 7 },
    ];
    for (const input of [columns, probe]) expectExact(ensemble, input);
  });
});
