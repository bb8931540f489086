import { MAX_TABLE_FEATURES } from './leaf-tables';
import {
  encodeModule,
  f64Load,
  f64Store,
  brIf,
  i32Const,
  i32Load,
  i32Load8U,
  localGet,
  localSet,
  localTee,
  loop,
  OP,
  type WasmFunction,
} from './wasm-encoder';

/**
 * Words of one tree's descriptor in wasm memory: the byte address of its leaf values, then per
 * lookup j < width the byte address of its table and of its feature's code column.
 */
export const DESCRIPTOR_WORDS = 1 + 2 * MAX_TABLE_FEATURES;

/** Name of the kernel for trees of at most 32 leaves reading `width` features. */
export const kernelName = (width: number): string => `score${width}`;

/** A kernel: adds one tree's leaf values to the block's rows 0 … count − 1 (count ≥ 1). */
export type ScoreKernel = (descriptorAddress: number, count: number) => void;

const DESCRIPTOR = 0;
const COUNT = 1;
const ROW = 2;
const LEAVES = 3;
const TABLE = 4;

/**
 * The QuickScorer step of `ScoreBlock.finishFour` for one tree, all its `width` lookups fused in
 * one pass: bits = AND over j of table_j[code_j[row]]; output[row] += leaf[ctz(bits)]. Output
 * rows are float64 at address 0 (row × 8). Wasm needs no bounds checks per access (the engine
 * guards the memory) and has ctz, which makes it about 3× the JS loop.
 */
function kernel(width: number): WasmFunction {
  const column = (j: number): number => TABLE + width + j;
  const body: number[] = [...localGet(DESCRIPTOR), ...i32Load(), ...localSet(LEAVES)];
  const row: number[] = [...localGet(ROW), ...i32Const(3), OP.i32Shl];
  row.push(...localGet(ROW), ...i32Const(3), OP.i32Shl, ...f64Load());
  for (let j = 0; j < width; j++) {
    body.push(...localGet(DESCRIPTOR), ...i32Load(4 + 4 * j), ...localSet(TABLE + j));
    body.push(...localGet(DESCRIPTOR), ...i32Load(4 + 4 * (width + j)), ...localSet(column(j)));
    row.push(...localGet(column(j)), ...localGet(ROW), OP.i32Add, ...i32Load8U());
    row.push(...i32Const(2), OP.i32Shl, ...localGet(TABLE + j), OP.i32Add, ...i32Load());
    if (j > 0) row.push(OP.i32And);
  }
  row.push(OP.i32Ctz, ...i32Const(3), OP.i32Shl, ...localGet(LEAVES), OP.i32Add);
  row.push(...f64Load(), OP.f64Add, ...f64Store());
  row.push(...localGet(ROW), ...i32Const(1), OP.i32Add, ...localTee(ROW));
  row.push(...localGet(COUNT), OP.i32LtU, ...brIf(0));
  body.push(...loop(row));
  return { name: kernelName(width), params: 2, locals: 2 + 2 * width, body };
}

/** The kernels' module bytes, one kernel per width 1 … MAX_TABLE_FEATURES. */
export function scoreKernelBytes(): Uint8Array<ArrayBuffer> {
  return encodeModule(Array.from({ length: MAX_TABLE_FEATURES }, (_, j) => kernel(j + 1)));
}

let compiledModule: WebAssembly.Module | null = null;

/**
 * The kernels, compiled once per thread. Browsers compile modules under 4 kB synchronously even
 * on a page; a test keeps this one under that.
 */
export function scoreKernelModule(): WebAssembly.Module {
  compiledModule ??= new WebAssembly.Module(scoreKernelBytes());
  return compiledModule;
}
