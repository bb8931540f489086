import { describe, expect, it } from 'vitest';
import {
  encodeModule,
  f64Load,
  f64Store,
  i32Const,
  localGet,
  OP,
  signedLeb,
  unsignedLeb,
} from './wasm-encoder';

describe('wasm encoder', () => {
  it('writes LEB128 numbers as the spec examples', () => {
    expect(unsignedLeb(0)).toEqual([0]);
    expect(unsignedLeb(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(signedLeb(-123456)).toEqual([0xc0, 0xbb, 0x78]);
    expect(signedLeb(63)).toEqual([0x3f]);
    expect(signedLeb(64)).toEqual([0xc0, 0x00]);
    expect(signedLeb(-64)).toEqual([0x40]);
  });

  it('encodes a valid module whose exported function works on the imported memory', () => {
    // add(a, b): the f64 at byte 0 becomes the f64 at byte a plus the f64 at byte b.
    const body = [
      ...i32Const(0),
      ...localGet(0),
      ...f64Load(),
      ...localGet(1),
      ...f64Load(),
      OP.f64Add,
      ...f64Store(),
    ];
    const bytes = encodeModule([{ name: 'add', params: 2, locals: 1, body }]);
    expect(WebAssembly.validate(bytes)).toBe(true);
    const memory = new WebAssembly.Memory({ initial: 1 });
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
      env: { memory },
    });
    const values = new Float64Array(memory.buffer, 0, 4);
    values.set([0, 0.1, 0.2]);
    (exports.add as (a: number, b: number) => void)(8, 16);
    expect(values[0]).toBe(0.1 + 0.2);
  });
});
