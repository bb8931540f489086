import { describe, expect, it } from 'vitest';
import { ByteDecoder, completeUtf8Length } from './byte-decoder';
import { ingestCsvBytes } from './ingest-stream';
import { guessLegacyEncoding, sniffEncoding } from './sniff';
import type { CodedColumn } from './table';

/** Encodes ASCII, Cyrillic А-я/Ё/ё (windows-1251) and Latin-1 letters (windows-1252) as bytes. */
function legacyBytes(text: string, encoding: 'windows-1251' | 'windows-1252'): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    if (encoding === 'windows-1252') return code;
    if (char === 'Ё') return 0xa8;
    if (char === 'ё') return 0xb8;
    return 0xc0 + (code - 0x410);
  });
}

const ingestInChunks = (bytes: Uint8Array, chunkBytes: number) =>
  ingestCsvBytes(bytes, { chunkBytes });

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16le(text: string, hasBom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (hasBom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  const units = (hasBom ? '\uFEFF' : '') + text;
  for (let i = 0; i < units.length; i++) view.setUint16(2 * i, units.charCodeAt(i), true);
  return bytes;
}

const RUSSIAN = 'Марка,"Цена, руб",Город\nBMW,3460000,Москва\nKia,1250000,Санкт-Петербург\n';

describe('encodings', () => {
  it('drops a UTF-8 BOM and says it was there', () => {
    const result = ingestInChunks(utf8(`\uFEFF${RUSSIAN}`), 2);
    expect(result.report).toMatchObject({ encoding: 'utf-8', hasBom: true });
    expect(result.table.columns.map((c) => c.name)).toEqual(['Марка', 'Цена, руб', 'Город']);
  });

  it('falls back to windows-1251 for Cyrillic bytes that are not UTF-8', () => {
    const result = ingestInChunks(legacyBytes(RUSSIAN, 'windows-1251'), 5);
    expect(result.report.encoding).toBe('windows-1251');
    expect(result.table.columns.map((c) => c.name)).toEqual(['Марка', 'Цена, руб', 'Город']);
  });

  it('falls back to windows-1252 for Western European bytes', () => {
    const text = 'model,city\nCitroën,São Paulo\nRenault,Jundiaí\n';
    const result = ingestInChunks(legacyBytes(text, 'windows-1252'), 4);
    expect(result.report.encoding).toBe('windows-1252');
    const city = result.table.columns[1] as CodedColumn;
    expect(city.levels).toEqual(['São Paulo', 'Jundiaí']);
  });

  it('switches to windows-1251 late in a file whose first 100 KB are ASCII', () => {
    const ascii = 'brand,price\n' + 'BMW,100\n'.repeat(12_500);
    const bytes = legacyBytes(`${ascii}Лада,200\n`, 'windows-1251');
    const result = ingestInChunks(bytes, 4096);
    expect(result.report.encoding).toBe('windows-1251');
    expect(result.table.rowCount).toBe(12_501);
  });

  it('keeps UTF-8 and counts replaced bytes when a stray byte follows real UTF-8', () => {
    const bytes = new Uint8Array([...utf8('name,n\nÉlan,1\n'), 0x41, 0xff, 0x2c, 0x32, 0x0a]);
    const result = ingestInChunks(bytes, 3);
    expect(result.report).toMatchObject({ encoding: 'utf-8', replacedCharacters: 1 });
  });

  it('reads UTF-16 with a BOM and without one', () => {
    const text = 'a\tb\n1\tЦена\n';
    for (const hasBom of [true, false]) {
      const result = ingestInChunks(utf16le(text, hasBom), 3);
      expect(result.report.encoding).toBe('utf-16le');
      expect(result.report.delimiter).toBe('\t');
      expect(result.table.rowCount).toBe(1);
    }
  });
});

describe('encoding helpers', () => {
  it('sniffs byte-order marks', () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 65]))).toEqual({
      encoding: 'utf-8',
      bomLength: 3,
    });
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0, 65])).encoding).toBe('utf-16be');
    expect(sniffEncoding(utf8('plain')).bomLength).toBe(0);
  });

  it('tells Cyrillic runs from accented Latin letters', () => {
    expect(guessLegacyEncoding(legacyBytes('Цена, руб', 'windows-1251'))).toBe('windows-1251');
    expect(guessLegacyEncoding(legacyBytes('Citroën ação', 'windows-1252'))).toBe('windows-1252');
  });

  it('cuts a chunk before an incomplete UTF-8 character', () => {
    const bytes = utf8('aЦ🚗');
    expect(completeUtf8Length(bytes.subarray(0, 2))).toBe(1);
    expect(completeUtf8Length(bytes.subarray(0, 5))).toBe(3);
    expect(completeUtf8Length(bytes)).toBe(7);
    const decoder = new ByteDecoder('utf-8');
    const parts = [...bytes].map((byte) => decoder.decode(new Uint8Array([byte])));
    expect(parts.join('') + decoder.flush()).toBe('aЦ🚗');
  });
});
