import { describe, expect, it, vi } from 'vitest';
import { releaseArray, releaseBuffer, releaseColumn } from './release';

/** A buffer with a `transfer` of its own, as ES2024 engines have (Node 20 has none). */
function transferable(bytes: number) {
  const buffer = new ArrayBuffer(bytes);
  const transfer = vi.fn((length?: number) => new ArrayBuffer(length ?? 0));
  Object.defineProperty(buffer, 'transfer', { value: transfer });
  return { buffer, transfer };
}

describe('releaseArray', () => {
  it('detaches the buffer with transfer(0) where the engine has it', () => {
    const { buffer, transfer } = transferable(64);
    releaseArray(new Float64Array(buffer));
    expect(transfer).toHaveBeenCalledWith(0);
  });

  it('does nothing without transfer, for an empty buffer, or for a shared one', () => {
    expect(() => releaseArray(new Float64Array(4))).not.toThrow();
    const empty = transferable(0);
    releaseBuffer(empty.buffer);
    expect(empty.transfer).not.toHaveBeenCalled();
    const shared = new SharedArrayBuffer(8);
    const transfer = vi.fn();
    Object.defineProperty(shared, 'transfer', { value: transfer });
    releaseBuffer(shared);
    expect(transfer).not.toHaveBeenCalled();
  });

  it('frees every array of a column', () => {
    const values = transferable(16);
    const rows = transferable(8);
    releaseColumn({
      name: 'price',
      type: 'number',
      values: new Float64Array(values.buffer),
      kept: { rows: new Int32Array(rows.buffer), cells: ['x', 'y'], isComplete: true },
    });
    expect(values.transfer).toHaveBeenCalled();
    expect(rows.transfer).toHaveBeenCalled();
  });
});
