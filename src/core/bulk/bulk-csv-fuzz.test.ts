import { describe, expect, it } from 'vitest';
import { asLatin1, BYTE_MAPPING, BYTE_SIGNATURE, scoreBothWays } from './bulk-test-support';

/** Pieces random rows are made of: values, quotes in every place, separators, line breaks. */
const PIECES = [
  '0.5',
  '1.25',
  '3.5',
  '61',
  '-5',
  'Good',
  'Ideal',
  'Très bon',
  'ideal',
  'NA',
  '',
  ' ',
  'x',
  'é',
  '=1',
  '@a',
  '"q"',
  '"a,b"',
  '"l\nm"',
  '""',
  '"',
  '"x""y"',
  '"0.5"',
  '"Good"',
  '"Très bon"',
  '0,5',
  '1,234',
  '-0,5',
  '"\r=x"',
  '"\n@y"',
  '" =z"',
  '"-5"',
  '"=1"',
  ',',
  ';',
  '\r',
  '\n',
  '\r\n',
  '\t',
];

/** Deterministic random numbers in [0, 1) (mulberry32). */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A header, then rows that are mostly well formed with random pieces mixed in. */
function randomCsv(seed: number, linebreak: string): string {
  const random = randomFrom(seed);
  const pick = () => PIECES[Math.floor(random() * PIECES.length)]!;
  const [delimiter, other] = seed % 4 === 0 ? [';', ','] : [',', ';'];
  const lines = [['id', 'carat', 'cut', 'depth', 'remark'].join(delimiter)];
  for (let row = 0; row < 60; row++) {
    const cells = [String(row), pick(), pick(), pick(), pick()];
    if (random() < 0.6) cells.splice(1, 3, '0.5', 'Good', '61');
    lines.push(cells.join(random() < 0.9 ? delimiter : other));
  }
  return lines.join(linebreak) + (random() < 0.5 ? linebreak : '');
}

describe('scoreCsvFile on random files', () => {
  it('writes the same bytes and tally as the row-by-row path', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = randomCsv(seed, ['\n', '\r\n', '\r'][seed % 3]!);
      for (const sliceBytes of [1, 7, 1 << 20]) {
        const setup = { signature: BYTE_SIGNATURE, mapping: BYTE_MAPPING, sliceBytes };
        const { reference, bytes } = await scoreBothWays(text, setup);
        const label = `seed ${seed}, slice ${sliceBytes}`;
        expect(asLatin1(bytes.output), label).toBe(asLatin1(reference.output));
        expect(bytes.tally, label).toEqual(reference.tally);
      }
    }
  });
});
