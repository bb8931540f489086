/**
 * FNV-1a 64-bit over a stream of bytes, fed chunk by chunk: the digest depends only on the bytes,
 * never on how they were split. Not cryptographic; it names a dataset version, so that the same
 * file given twice gets the same id. 64-bit arithmetic is done on two 32-bit halves.
 */
export class ContentHasher {
  private high = 0xcbf29ce4;
  private low = 0x84222325;
  private byteCount = 0;

  /** Adds the next bytes of the stream. */
  update(bytes: Uint8Array): void {
    let high = this.high;
    let low = this.low;
    for (let i = 0; i < bytes.length; i++) {
      low ^= bytes[i]!;
      // (high·2³² + low) × (2⁴⁰ + 0x1b3) mod 2⁶⁴, in 32-bit integer steps only: the carry is
      // ⌊low × 0x1b3 / 2³²⌋, from low's 16-bit halves (each product < 2²⁵).
      const carry = ((low >>> 16) * 0x1b3 + (((low & 0xffff) * 0x1b3) >>> 16)) >>> 16;
      high = (Math.imul(high, 0x1b3) + carry + (low << 8)) | 0;
      low = Math.imul(low, 0x1b3);
    }
    this.high = high;
    this.low = low;
    this.byteCount += bytes.length;
  }

  /** Bytes hashed so far. */
  get length(): number {
    return this.byteCount;
  }

  /** The 64-bit digest as 16 lowercase hex digits. */
  digest(): string {
    return hex32(this.high) + hex32(this.low);
  }
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/** The dataset id of a file: its content hash prefixed with `ds-`. */
export function datasetIdOf(contentHash: string): string {
  return `ds-${contentHash}`;
}

/** Characters encoded per step when hashing text, to bound the bytes made at once. */
const TEXT_SLICE = 1 << 20;

/**
 * Hashes text as its UTF-8 bytes, fed in pieces of any size: a surrogate pair split between
 * two pieces is held back and encoded whole, so the digest equals that of the file's bytes.
 */
export class TextHasher {
  private readonly encoder = new TextEncoder();
  private heldBack = '';

  constructor(private readonly hasher: ContentHasher) {}

  update(text: string): void {
    let rest = this.heldBack + text;
    this.heldBack = '';
    const last = rest.charCodeAt(rest.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.heldBack = rest.slice(-1);
      rest = rest.slice(0, -1);
    }
    for (let at = 0; at < rest.length;) {
      let end = Math.min(at + TEXT_SLICE, rest.length);
      const code = rest.charCodeAt(end - 1);
      if (end < rest.length && code >= 0xd800 && code <= 0xdbff) end--;
      this.hasher.update(this.encoder.encode(rest.slice(at, end)));
      at = end;
    }
  }

  /** Hashes a high surrogate left alone at the very end (as U+FFFD, like TextEncoder). */
  flush(): void {
    if (this.heldBack !== '') this.hasher.update(this.encoder.encode(this.heldBack));
    this.heldBack = '';
  }
}
