/** A window of a file's bytes: what the last window left unread, then the next slice. */
export interface ByteWindow {
  /** Valid from 0 to `end`; the array is reused, so read it before the next window. */
  bytes: Uint8Array;
  end: number;
  /** True for the window that reaches the end of the file. */
  isFinal: boolean;
}

const hasUtf8Bom = (bytes: Uint8Array): boolean =>
  bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * Reads a file as windows of bytes, `sliceBytes` at a time, into one reused buffer. The reader
 * of a window says where its unfinished part starts ({@link ByteWindows.keep}); those bytes open
 * the next window, so a record is never cut. A UTF-8 BOM at the start is skipped and remembered.
 */
export class ByteWindows {
  /** True when the file starts with a UTF-8 BOM (known after the first window). */
  hasBom = false;
  private offset = 0;
  private buffer = new Uint8Array(0);
  private carried = 0;
  private end = 0;
  private isDone = false;

  constructor(
    private readonly file: Blob,
    private readonly sliceBytes: number,
  ) {}

  /** Bytes of the file read so far. */
  get bytesRead(): number {
    return this.offset;
  }

  /** The next window, or null after the final one. Unless kept, a window's bytes are dropped. */
  async next(): Promise<ByteWindow | null> {
    if (this.isDone) return null;
    const size = this.file.size;
    const sliceEnd = Math.min(size, this.offset + Math.max(this.sliceBytes, 3));
    let slice = new Uint8Array(await this.file.slice(this.offset, sliceEnd).arrayBuffer());
    if (this.offset === 0 && hasUtf8Bom(slice)) {
      this.hasBom = true;
      slice = slice.subarray(3);
    }
    this.offset = sliceEnd;
    this.isDone = sliceEnd >= size;
    this.end = this.carried + slice.length;
    this.reserve(this.end);
    this.buffer.set(slice, this.carried);
    this.carried = 0;
    return { bytes: this.buffer, end: this.end, isFinal: this.isDone };
  }

  /** Carries `prefix`, then the window's bytes from `from` on, into the next window. */
  keep(from: number, prefix?: Uint8Array): void {
    const restLength = this.end - from;
    if (!prefix || prefix.length === 0) {
      this.buffer.copyWithin(0, from, this.end);
      this.carried = restLength;
      return;
    }
    const rest = this.buffer.slice(from, this.end);
    this.reserve(prefix.length + restLength);
    this.buffer.set(prefix, 0);
    this.buffer.set(rest, prefix.length);
    this.carried = prefix.length + restLength;
  }

  /** Grows the buffer to hold `size` bytes, keeping the carried bytes at its start. */
  private reserve(size: number): void {
    if (this.buffer.length >= size) return;
    const next = new Uint8Array(Math.max(size, this.buffer.length * 2));
    next.set(this.buffer.subarray(0, this.carried));
    this.buffer = next;
  }
}
