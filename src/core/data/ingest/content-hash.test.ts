import { describe, expect, it } from 'vitest';
import { createRandom } from '../../random';
import { ContentHasher, datasetIdOf, TextHasher } from './content-hash';
import { ingestCsvBytes, ingestCsvText } from './ingest-stream';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function hashOf(chunks: Uint8Array[]): string {
  const hasher = new ContentHasher();
  for (const chunk of chunks) hasher.update(chunk);
  return hasher.digest();
}

describe('ContentHasher', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(hashOf([])).toBe('cbf29ce484222325');
    expect(hashOf([utf8('a')])).toBe('af63dc4c8601ec8c');
    expect(hashOf([utf8('foobar')])).toBe('85944171f73967e8');
  });

  it('matches FNV-1a 64 computed with BigInt on random bytes', () => {
    const random = createRandom(4);
    const bytes = Uint8Array.from({ length: 5_000 }, () => Math.floor(random() * 256));
    let expected = 0xcbf29ce484222325n;
    for (const byte of bytes) {
      expected = ((expected ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    expect(hashOf([bytes])).toBe(expected.toString(16).padStart(16, '0'));
  });

  it('does not depend on how the bytes are split', () => {
    const bytes = utf8('price,brand\n1,Цена\n'.repeat(50));
    const whole = hashOf([bytes]);
    const pieces = [bytes.subarray(0, 7), bytes.subarray(7, 300), bytes.subarray(300)];
    expect(hashOf(pieces)).toBe(whole);
  });
});

describe('TextHasher', () => {
  it('hashes text pieces as the UTF-8 bytes of the whole, even across a surrogate pair', () => {
    const text = 'price,name\n1,🚗 Цена\n';
    const split = text.indexOf('🚗') + 1;
    const hasher = new ContentHasher();
    const textHasher = new TextHasher(hasher);
    textHasher.update(text.slice(0, split));
    textHasher.update(text.slice(split));
    textHasher.flush();
    expect(hasher.digest()).toBe(hashOf([utf8(text)]));
  });
});

describe('dataset ids', () => {
  it('gives the same file the same id and a changed file another', () => {
    const text = 'price,brand\n1,a\n2,b\n';
    const first = ingestCsvBytes(utf8(text), { chunkBytes: 5 });
    const again = ingestCsvBytes(utf8(text));
    expect(first.datasetId).toBe(again.datasetId);
    expect(first.datasetId).toBe(datasetIdOf(first.contentHash));
    expect(ingestCsvText(text).datasetId).toBe(first.datasetId);
    expect(ingestCsvText(text.replace('2,b', '3,b')).datasetId).not.toBe(first.datasetId);
  });
});
