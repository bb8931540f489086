/**
 * A hash table from strings to non-negative integers that is looked up by a range of a larger
 * string, `text[start, end)`, without cutting that range out as a string of its own: ingest
 * looks up millions of cells this way, and making a string per cell costs more than the lookup.
 */
export class RangeTable {
  private keys: (string | null)[] = new Array<string | null>(16).fill(null);
  private values = new Int32Array(16);
  private hashes = new Int32Array(16);
  private count = 0;

  /** Number of keys. */
  get size(): number {
    return this.count;
  }

  /** The value of the key equal to `text[start, end)`, or -1 when there is none. */
  get(text: string, start: number, end: number): number {
    const mask = this.keys.length - 1;
    const hash = hashRange(text, start, end);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot] ?? null;
      if (key === null) return -1;
      if (this.hashes[slot] === hash && equalsRange(key, text, start, end)) {
        return this.values[slot]!;
      }
    }
  }

  /** Sets the value of `key` (a non-negative integer); the key must not be in the table yet. */
  add(key: string, value: number): void {
    if (10 * (this.count + 1) > 7 * this.keys.length) this.grow();
    this.insert(key, value, hashRange(key, 0, key.length));
    this.count++;
  }

  private insert(key: string, value: number, hash: number): void {
    const mask = this.keys.length - 1;
    let slot = hash & mask;
    while (this.keys[slot] !== null) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.hashes[slot] = hash;
  }

  private grow(): void {
    const { keys, values, hashes } = this;
    this.keys = new Array<string | null>(keys.length * 2).fill(null);
    this.values = new Int32Array(keys.length * 2);
    this.hashes = new Int32Array(keys.length * 2);
    keys.forEach((key, slot) => {
      if (key !== null) this.insert(key, values[slot]!, hashes[slot]!);
    });
  }
}

/** An FNV-1a-style hash of the UTF-16 code units of `text[start, end)`, avalanched. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  let at = start;
  // Two UTF-16 code units per step: half the multiplications of a dependent chain.
  for (; at + 1 < end; at += 2) {
    hash = Math.imul(hash ^ (text.charCodeAt(at) | (text.charCodeAt(at + 1) << 16)), 0x01000193);
  }
  if (at < end) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) ^ (hash >>> 12);
}

function equalsRange(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let k = 0; k < key.length; k++) {
    if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  }
  return true;
}
