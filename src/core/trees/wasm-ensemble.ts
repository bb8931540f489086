import type { CompiledEnsemble } from './compile-ensemble';
import { MAX_TABLE_FEATURES } from './leaf-tables';
import { BLOCK_ROWS, type WasmBlock } from './score-block';
import { DESCRIPTOR_WORDS, kernelName, scoreKernelModule, type ScoreKernel } from './wasm-kernel';

const PAGE_BYTES = 65536;

/** A compiled ensemble moved into wasm memory: its tables and leaf values are views of it. */
export interface WasmEnsemble {
  model: CompiledEnsemble;
  block: WasmBlock;
}

/**
 * Moves `model` into a new wasm memory laid out as output, codes, tables, leaf values, tree
 * descriptors (so the JS arrays can be dropped, not kept twice), or returns null where wasm
 * cannot run (no WebAssembly, a CSP without 'wasm-unsafe-eval', no memory): callers then score
 * with JS, which gives the same sums, only slower.
 */
export function placeInWasm(model: CompiledEnsemble): WasmEnsemble | null {
  if (typeof WebAssembly === 'undefined') return null;
  const trees = model.treeWords.length;
  const codesAt = BLOCK_ROWS * 8;
  const tablesAt = codesAt + model.featureCount * BLOCK_ROWS;
  const leavesAt = tablesAt + Math.ceil(model.tables.length / 2) * 8;
  const descriptorsAt = leavesAt + model.leafValues.length * 8;
  const bytes = descriptorsAt + trees * DESCRIPTOR_WORDS * 4;
  let memory: WebAssembly.Memory;
  let kernels: ScoreKernel[];
  try {
    memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / PAGE_BYTES) });
    const { exports } = new WebAssembly.Instance(scoreKernelModule(), { env: { memory } });
    kernels = Array.from(
      { length: MAX_TABLE_FEATURES },
      (_, j) => exports[kernelName(j + 1)] as ScoreKernel,
    );
  } catch {
    return null;
  }
  const buffer = memory.buffer;
  const tables = new Int32Array(buffer, tablesAt, model.tables.length);
  const leafValues = new Float64Array(buffer, leavesAt, model.leafValues.length);
  tables.set(model.tables);
  leafValues.set(model.leafValues);
  const descriptors = new Int32Array(buffer, descriptorsAt, trees * DESCRIPTOR_WORDS);
  const widths = Array.from(model.treeWords, (words, t) =>
    words === 1 ? model.treeEntries[t + 1]! - model.treeEntries[t]! : 0,
  );
  widths.forEach((width, t) => {
    const first = model.treeEntries[t]!;
    const at = t * DESCRIPTOR_WORDS;
    descriptors[at] = leavesAt + model.treeStart[t]! * 8;
    for (let j = 0; j < width; j++) {
      descriptors[at + 1 + j] = tablesAt + model.entryTable[first + j]! * 4;
      descriptors[at + 1 + width + j] = codesAt + model.entryFeature[first + j]! * BLOCK_ROWS;
    }
  });
  const block: WasmBlock = {
    codes: new Uint8Array(buffer, codesAt, model.featureCount * BLOCK_ROWS),
    output: new Float64Array(buffer, 0, BLOCK_ROWS),
    scoreTrees: (t, count) => {
      const width = widths[t]!;
      if (width > 0) kernels[width - 1]!(descriptorsAt + t * DESCRIPTOR_WORDS * 4, count);
      return width > 0 ? 1 : 0;
    },
  };
  return { model: { ...model, tables, leafValues }, block };
}
