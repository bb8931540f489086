/**
 * A minimal WebAssembly module encoder, enough for the tree-scoring kernels: functions of i32
 * parameters and locals with no results, exported by name, reading one imported memory
 * (`env.memory`). The repo has no wasm toolchain, so kernels are written as instruction bytes
 * with the helpers below. Binary format: https://webassembly.github.io/spec/core/binary/
 */

/** A function to encode: `params` i32 parameters, then `locals` more i32 locals. */
export interface WasmFunction {
  name: string;
  params: number;
  locals: number;
  /** Instructions, without the final `end`. */
  body: number[];
}

const I32 = 0x7f;
const FUNCTION_TYPE = 0x60;
const MEMORY_IMPORT = 0x02;
const FUNCTION_EXPORT = 0x00;
const SECTION = { type: 1, import: 2, function: 3, export: 7, code: 10 } as const;

/** Opcodes without immediates. */
export const OP = {
  end: 0x0b,
  i32LtU: 0x49,
  i32Ctz: 0x68,
  i32Add: 0x6a,
  i32And: 0x71,
  i32Shl: 0x74,
  f64Add: 0xa0,
} as const;

export function unsignedLeb(value: number): number[] {
  const bytes: number[] = [];
  do {
    const low = value & 0x7f;
    value >>>= 7;
    bytes.push(value === 0 ? low : low | 0x80);
  } while (value !== 0);
  return bytes;
}

export function signedLeb(value: number): number[] {
  const bytes: number[] = [];
  for (;;) {
    const low = value & 0x7f;
    value >>= 7;
    const isDone = (value === 0 && (low & 0x40) === 0) || (value === -1 && (low & 0x40) !== 0);
    bytes.push(isDone ? low : low | 0x80);
    if (isDone) return bytes;
  }
}

export const localGet = (local: number): number[] => [0x20, ...unsignedLeb(local)];
export const localSet = (local: number): number[] => [0x21, ...unsignedLeb(local)];
export const localTee = (local: number): number[] => [0x22, ...unsignedLeb(local)];
export const i32Const = (value: number): number[] => [0x41, ...signedLeb(value)];
/** Loads and stores take the address from the stack plus a constant byte `offset`. */
export const i32Load = (offset = 0): number[] => [0x28, 2, ...unsignedLeb(offset)];
export const i32Load8U = (offset = 0): number[] => [0x2d, 0, ...unsignedLeb(offset)];
export const f64Load = (offset = 0): number[] => [0x2b, 3, ...unsignedLeb(offset)];
export const f64Store = (offset = 0): number[] => [0x39, 3, ...unsignedLeb(offset)];
/** A loop block with no result; `brIf(0)` inside it jumps back to its start. */
export const loop = (body: number[]): number[] => [0x03, 0x40, ...body, OP.end];
export const brIf = (depth: number): number[] => [0x0d, ...unsignedLeb(depth)];

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];
const name = (text: string): number[] => [...unsignedLeb(utf8(text).length), ...utf8(text)];
const vector = (items: number[][]): number[] => [...unsignedLeb(items.length), ...items.flat()];
const section = (id: number, content: number[]): number[] => [
  id,
  ...unsignedLeb(content.length),
  ...content,
];

/** The module's bytes; function i has type i (one type per distinct parameter count is enough). */
export function encodeModule(functions: readonly WasmFunction[]): Uint8Array<ArrayBuffer> {
  const types = functions.map(({ params }) => [
    FUNCTION_TYPE,
    ...vector(Array.from({ length: params }, () => [I32])),
    0,
  ]);
  const memoryImport = [...name('env'), ...name('memory'), MEMORY_IMPORT, 0, 0];
  const bodies = functions.map(({ locals, body }) => {
    const code = [...vector(locals > 0 ? [[...unsignedLeb(locals), I32]] : []), ...body, OP.end];
    return [...unsignedLeb(code.length), ...code];
  });
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(SECTION.type, vector(types)),
    ...section(SECTION.import, vector([memoryImport])),
    ...section(SECTION.function, vector(functions.map((_, i) => unsignedLeb(i)))),
    ...section(
      SECTION.export,
      vector(functions.map((f, i) => [...name(f.name), FUNCTION_EXPORT, ...unsignedLeb(i)])),
    ),
    ...section(SECTION.code, vector(bodies)),
  ]);
}
