import { releaseArray } from './release';

/**
 * Typed arrays that ingest appends to, one value at a time, without knowing the final length.
 * Values go into fixed blocks of 64 Ki entries; `toArray` copies them into one exact array,
 * freeing each block as soon as it is copied. Unlike doubling, growth never copies, memory stays
 * within one block of the data, and assembling a column needs one block more than the column.
 */

const BLOCK_LENGTH = 1 << 16;

abstract class BlockArray<T extends Float64Array | Int32Array> {
  private blocks: T[] = [];
  private current: T;
  private fill = 0;

  constructor(private readonly create: (length: number) => T) {
    this.current = create(BLOCK_LENGTH);
  }

  /** Entries appended so far. */
  get length(): number {
    return this.blocks.length * BLOCK_LENGTH + this.fill;
  }

  push(value: number): void {
    if (this.fill === BLOCK_LENGTH) {
      this.blocks.push(this.current);
      this.current = this.create(BLOCK_LENGTH);
      this.fill = 0;
    }
    this.current[this.fill++] = value;
  }

  /** The entries as one array of exactly `length`; the blocks are freed (see `releaseArray`). */
  toArray(): T {
    const out = this.create(this.length);
    this.blocks.forEach((block, i) => {
      out.set(block, i * BLOCK_LENGTH);
      releaseArray(block);
    });
    out.set(this.current.subarray(0, this.fill), this.blocks.length * BLOCK_LENGTH);
    releaseArray(this.current);
    this.blocks = [];
    this.current = this.create(0);
    this.fill = 0;
    return out;
  }
}

/** An append-only Float64Array. */
export class GrowableFloat64 extends BlockArray<Float64Array> {
  constructor() {
    super((length) => new Float64Array(length));
  }
}

/** An append-only Int32Array. */
export class GrowableInt32 extends BlockArray<Int32Array> {
  constructor() {
    super((length) => new Int32Array(length));
  }
}
