/** A window of a file's bytes: what the last window left unread, then the next slice. */
export interface ByteWindow {
  /**
   * Valid from 0 to `end`. Two arrays take turns: a window's bytes stay as they are until the
   * window after next is read (so a window can be written out while the next is read).
   */
  bytes: Uint8Array;
  end: number;
  /** True for the window that reaches the end of the file. */
  isFinal: boolean;
}

const hasUtf8Bom = (bytes: Uint8Array): boolean =>
  bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * Reads a file as windows of bytes, `sliceBytes` at a time, into two buffers used in turn. The
 * reader of a window says where its unfinished part starts ({@link ByteWindows.keep}); those
 * bytes open the next window (in the other buffer), so a record is never cut. A UTF-8 BOM at the
 * start is skipped and remembered.
 */
export class ByteWindows {
  /** True when the file starts with a UTF-8 BOM (known after the first window). */
  hasBom = false;
  private offset = 0;
  private buffer = new Uint8Array(0);
  /** The other buffer: the previous window's bytes until `keep` fills it for the next window. */
  private spare = new Uint8Array(0);
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

  /**
   * Carries `prefix`, then the window's bytes from `from` on, into the next window, which is
   * read into the other buffer (this window's bytes stay as they are until then).
   */
  keep(from: number, prefix?: Uint8Array): void {
    const prefixLength = prefix?.length ?? 0;
    const carried = prefixLength + this.end - from;
    if (this.spare.length < carried)
      this.spare = new Uint8Array(Math.max(carried, this.sliceBytes));
    if (prefix) this.spare.set(prefix, 0);
    this.spare.set(this.buffer.subarray(from, this.end), prefixLength);
    [this.buffer, this.spare] = [this.spare, this.buffer];
    this.carried = carried;
  }

  /** Grows the buffer to hold `size` bytes, keeping the carried bytes at its start. */
  private reserve(size: number): void {
    if (this.buffer.length >= size) return;
    const next = new Uint8Array(Math.max(size, this.buffer.length * 2));
    next.set(this.buffer.subarray(0, this.carried));
    this.buffer = next;
  }
}
