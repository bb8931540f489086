import { describe, expect, it } from 'vitest';
import { isBlankRecord, RECORD_FLAG, recordCells } from './bulk-records';
import { RecordScanner } from './bulk-scanner';
import type { CsvDialect } from './csv-dialect';

const comma: CsvDialect = { delimiter: ',', linebreak: '\n', hasBom: false };

function scan(text: string, isFinal = true, dialect = comma) {
  const bytes = new TextEncoder().encode(text);
  const scanner = new RecordScanner(dialect);
  const result = scanner.scan(bytes, 0, bytes.length, isFinal);
  const { table } = scanner;
  const rows = Array.from({ length: table.count }, (_, r) => recordCells({ bytes, table }, r));
  const flags = Array.from({ length: table.count }, (_, r) => table.flags[r]);
  return { result, rows, flags, table };
}

describe('RecordScanner', () => {
  it('splits records and cells, unquoting quoted cells and flagging what is not plain', () => {
    const text = 'a,b\n"x, y","say ""hi"""\n=1,é\n"l\nm",\n';
    const end = new TextEncoder().encode(text).length;
    const { rows, flags, result } = scan(text);
    expect(rows).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['=1', 'é'],
      ['l\nm', ''],
    ]);
    expect(flags[0]).toBe(0);
    expect(flags[1]).toBe(RECORD_FLAG.quoted | RECORD_FLAG.escaped);
    expect(flags[2]).toBe(RECORD_FLAG.riskyStart | RECORD_FLAG.nonAscii);
    expect(result).toEqual({ keepFrom: end, irregularAt: -1, openFrom: end });
  });

  it('ends records at the file line break only; other CR and LF stay in cells', () => {
    const crlf = { ...comma, linebreak: '\r\n' as const };
    const { rows, flags } = scan('a,b\r\nc\rd,e\nf\r\n', true, crlf);
    expect(rows).toEqual([
      ['a', 'b'],
      ['c\rd', 'e\nf'],
    ]);
    expect(flags[1]).toBe(RECORD_FLAG.looseBreak);
    expect(scan('a\r\nb\r', false, crlf).result).toEqual({
      keepFrom: 3,
      irregularAt: -1,
      openFrom: 3,
    });
  });

  it('stops before an unfinished record and holds back blank lines before it', () => {
    const open = scan('a,b\nc,"d\n', false);
    expect(open.rows).toEqual([['a', 'b']]);
    expect(open.result).toEqual({ keepFrom: 4, irregularAt: -1, openFrom: 4 });
    const blanks = scan('a\n\n\nb', false);
    expect(blanks.rows).toEqual([['a']]);
    expect(blanks.result).toEqual({ keepFrom: 2, irregularAt: -1, openFrom: 4 });
    const atEnd = scan('a\n\n"",\n\n');
    expect(atEnd.rows).toEqual([['a'], [''], ['', '']]);
    expect(isBlankRecord(atEnd.table, 1)).toBe(true);
  });

  it('leaves records with quotes in odd places to papaparse', () => {
    expect(scan('a,b\nc,5"\n').result.irregularAt).toBe(4);
    expect(scan('a,b\n"c"d,e\n').result.irregularAt).toBe(4);
    expect(scan('a,b\n"c\n').result.irregularAt).toBe(4);
    expect(scan('a,b\n"c\n', false).result).toEqual({ keepFrom: 4, irregularAt: -1, openFrom: 4 });
  });
});
