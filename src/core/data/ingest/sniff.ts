/** Looks at the first bytes of a file: byte-order marks, UTF-16 without one, binary content. */

/** Encodings ingest reads. Legacy single-byte ones are fallbacks when the bytes are not UTF-8. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

/** The encoding the first bytes announce: a BOM, or NUL bytes every other byte (UTF-16). */
export interface SniffedEncoding {
  encoding: TextEncodingName;
  bomLength: number;
}

/** Reads the BOM, or guesses UTF-16 from alternating NUL bytes; UTF-8 otherwise. */
export function sniffEncoding(bytes: Uint8Array): SniffedEncoding {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const pairs = Math.min(bytes.length >> 1, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  if (pairs >= 4 && oddNul > pairs * 0.4 && evenNul === 0) {
    return { encoding: 'utf-16le', bomLength: 0 };
  }
  if (pairs >= 4 && evenNul > pairs * 0.4 && oddNul === 0) {
    return { encoding: 'utf-16be', bomLength: 0 };
  }
  return { encoding: 'utf-8', bomLength: 0 };
}

const MAGIC_NUMBERS: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an .xlsx workbook is one)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel (.xls) or Office file'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
];

/** Share of control characters above which a sample is binary, not text. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Why the first bytes of a file do not look like text, or null when they do: a known binary
 * signature, a NUL byte (for 8-bit encodings), or more than 1% control characters.
 */
export function describeBinary(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  for (const [magic, what] of MAGIC_NUMBERS) {
    if (magic.every((byte, i) => bytes[i] === byte)) return `it is ${what}`;
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return null;
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return `it contains a NUL byte (at byte ${i + 1})`;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      controls++;
    }
  }
  if (bytes.length > 0 && controls / bytes.length > MAX_CONTROL_SHARE) {
    return `${controls} of its first ${bytes.length} bytes are control characters`;
  }
  return null;
}

/**
 * For bytes that are not UTF-8: windows-1251 when most high bytes form runs of three or more
 * Cyrillic letters (А-я, Ё, ё), as Russian words do; windows-1252 (Western European) otherwise,
 * where accented letters stand alone or in pairs (`Citroën`, `ção`).
 */
export function guessLegacyEncoding(bytes: Uint8Array): TextEncodingName {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const byte = i < bytes.length ? bytes[i]! : 0;
    if (byte >= 0x80) high++;
    if (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8) {
      run++;
      continue;
    }
    if (run >= 3) inRuns += run;
    run = 0;
  }
  return high > 0 && inRuns >= high * 0.5 ? 'windows-1251' : 'windows-1252';
}
