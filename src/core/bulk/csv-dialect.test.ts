import { describe, expect, it } from 'vitest';
import { describeDelimiter, detectCsvDialect } from './csv-dialect';

describe('detectCsvDialect', () => {
  it('reads the separator from the header, not from decimal commas in the rows', () => {
    const dialect = detectCsvDialect('carat;cut;price\n0,23;Ideal;326\n0,21;Premium;327\n', false);
    expect(dialect).toEqual({ delimiter: ';', linebreak: '\n', hasBom: false });
  });

  it('finds tabs, pipes and CRLF or CR line breaks', () => {
    expect(detectCsvDialect('a\tb\tc\r\n1\t2\t3', true)).toEqual({
      delimiter: '\t',
      linebreak: '\r\n',
      hasBom: true,
    });
    expect(detectCsvDialect('a|b\r1|2', false).linebreak).toBe('\r');
    expect(detectCsvDialect('a|b\r1|2', false).delimiter).toBe('|');
  });

  it('ignores separators inside quoted header names and defaults to a comma', () => {
    expect(detectCsvDialect('"a;b",c\n1,2', false).delimiter).toBe(',');
    expect(detectCsvDialect('price\n1', false).delimiter).toBe(',');
  });

  it('names separators for people', () => {
    expect(describeDelimiter(';')).toBe('semicolon');
    expect(describeDelimiter('\t')).toBe('tab');
  });
});
