import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatCsvCell, formatCsvRow, formatCsvRows } from './csv-writer';

describe('CSV writing', () => {
  it('quotes cells holding the separator, quotes or line breaks', () => {
    expect(formatCsvCell('a, b', ',')).toBe('"a, b"');
    expect(formatCsvCell('a, b', ';')).toBe('a, b');
    expect(formatCsvCell('say "hi"', ',')).toBe('"say ""hi"""');
    expect(formatCsvCell('two\nlines', ',')).toBe('"two\nlines"');
    expect(formatCsvCell('-1.5', ',')).toBe('-1.5');
  });

  it('escapes formulas before quoting', () => {
    expect(formatCsvCell('=HYPERLINK("x","y")', ',')).toBe('"\'=HYPERLINK(""x"",""y"")"');
  });

  it('writes rows papaparse reads back to the same cells (formulas escaped)', () => {
    const rows = [
      ['id', 'note', 'price'],
      ['1', 'a;b, "c"\r\nd', '-5'],
      ['2', '@cmd', ''],
    ];
    const text = formatCsvRows(rows, ';', '\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text, {
      delimiter: ';',
      newline: '\r\n',
      skipEmptyLines: true,
    });
    expect(parsed.data).toEqual([rows[0], rows[1], ['2', "'@cmd", '']]);
    expect(formatCsvRow(['a', 'b'], '\t')).toBe('a\tb');
  });
});
