import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/errors';
import { createRandom } from '../../random';
import type { RecordCells } from './record-cells';
import { CsvTokenizer } from './tokenizer';

interface Collected {
  records: string[][];
  lines: number[];
  tokenizer: CsvTokenizer;
}

function tokenize(chunks: string[], delimiter = ',', maxCellChars = 1000): Collected {
  const records: string[][] = [];
  const lines: number[] = [];
  const sink = {
    record(cells: RecordCells, count: number, line: number) {
      records.push(cells.toArray(count));
      lines.push(line);
    },
  };
  const tokenizer = new CsvTokenizer(delimiter.charCodeAt(0), sink, {
    maxCellChars,
    maxStoredCells: 100,
  });
  for (const chunk of chunks) tokenizer.push(chunk);
  tokenizer.finish();
  return { records, lines, tokenizer };
}

/** Splits text at random places, including inside quotes and between \r and \n. */
function splitRandomly(text: string, random: () => number, maxChunk: number): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < text.length;) {
    const size = 1 + Math.floor(random() * maxChunk);
    chunks.push(text.slice(at, at + size));
    at += size;
  }
  return chunks;
}

const PIECES = ['a', 'b', ',', '"', '\n', '\r\n', ' ', 'é', '1', ';', 'Цена'];

function randomDocument(random: () => number, newline: string): string {
  const rows: string[] = [];
  const width = 1 + Math.floor(random() * 4);
  for (let r = 0; r < 20; r++) {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      let cell = '';
      const length = Math.floor(random() * 6);
      for (let k = 0; k < length; k++) cell += PIECES[Math.floor(random() * PIECES.length)];
      const mustQuote = /[",\r\n]/.test(cell) || (r > 0 && cell === '' && width === 1);
      cells.push(mustQuote || random() < 0.2 ? `"${cell.replaceAll('"', '""')}"` : cell);
    }
    rows.push(cells.join(','));
  }
  return rows.join(newline);
}

describe('CsvTokenizer', () => {
  it('reads quoted separators, escaped quotes and quoted line breaks', () => {
    const { records } = tokenize(['a,"b,c","say ""hi""","two\nlines"\r\n1,2,3,4']);
    expect(records).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('gives every chunking of a document the same records as papaparse on the whole text', () => {
    const random = createRandom(7);
    for (let trial = 0; trial < 300; trial++) {
      const newline = trial % 2 === 0 ? '\n' : '\r\n';
      const text = randomDocument(random, newline);
      const expected = Papa.parse<string[]>(text, { delimiter: ',', newline }).data;
      const chunks = splitRandomly(text, random, 1 + (trial % 17));
      expect(tokenize(chunks).records, JSON.stringify(text)).toEqual(expected);
    }
  });

  it('gives the same records, lines and line endings however the text is cut', () => {
    const random = createRandom(8);
    for (let trial = 0; trial < 200; trial++) {
      const newline = ['\n', '\r\n', '\r'][trial % 3]!;
      const text = randomDocument(random, newline);
      const whole = tokenize([text]);
      const cut = tokenize(splitRandomly(text, random, 1 + (trial % 97)));
      expect(cut.records, JSON.stringify(text)).toEqual(whole.records);
      expect(cut.lines).toEqual(whole.lines);
      expect(cut.tokenizer.lineEndings).toEqual(whole.tokenizer.lineEndings);
      expect(cut.tokenizer.malformedQuoteLines).toEqual(whole.tokenizer.malformedQuoteLines);
    }
  });

  it('keeps a trailing empty cell and ignores one trailing line break', () => {
    expect(tokenize(['a,b,']).records).toEqual([['a', 'b', '']]);
    expect(tokenize(['a,b,', '']).records).toEqual([['a', 'b', '']]);
    expect(tokenize(['a,b\n']).records).toEqual([['a', 'b']]);
    expect(tokenize(['a,b\r', '\n', 'c,d\r']).records).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('counts line endings, treating \\r\\n split across chunks as one', () => {
    const { tokenizer, lines } = tokenize(['h\r', '\nx\ry\n"q\r\n', 'r"\nz']);
    expect(tokenizer.lineEndings).toEqual({ crlf: 1, cr: 1, lf: 2 });
    expect(lines).toEqual([1, 2, 3, 4, 6]);
  });

  it('uses the given separator', () => {
    expect(tokenize(['a;"b;c";\t|x'], ';').records).toEqual([['a', 'b;c', '\t|x']]);
    expect(tokenize(['a\tb\n1\t2'], '\t').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps text after a closing quote and notes the line', () => {
    const { records, tokenizer } = tokenize(['x\n"ab"cd,e\n']);
    expect(records[1]).toEqual(['abcd', 'e']);
    expect(tokenizer.malformedQuoteLines).toEqual([2]);
  });

  it('fails on a quote that is never closed, naming the line', () => {
    expect(() => tokenize(['a,b\n1,"open\n2,3'])).toThrow(/line 2.*never closed/);
  });

  it('fails on a cell over the limit, naming the column and the limit', () => {
    const huge = 'x'.repeat(1500);
    expect(() => tokenize([`a,b\n1,${huge}`])).toThrow(AppError);
    expect(() => tokenize([`a,b\n1,"${huge}`, 'more'])).toThrow(/column 2.*line 2.*1,000/);
  });
});
