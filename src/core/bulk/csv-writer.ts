import { CR, LF, QUOTE } from '../data/csv-bytes';
import { escapeFormula, isFormulaRisk } from './formula-escape';

/** Writes CSV cells and rows for one separator (RFC 4180 quoting, formulas escaped). */
export interface CsvFormatter {
  /** One cell: formula-escaped (see {@link escapeFormula}), quoted when needed, quotes doubled. */
  cell(cell: string): string;
  /** One line, without the line break. */
  row(cells: readonly string[]): string;
}

/** True when a cell holds a quote, a line break or the (one-character) separator. */
function needsQuotes(cell: string, delimiterCode: number): boolean {
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code === QUOTE || code === LF || code === CR || code === delimiterCode) return true;
  }
  return false;
}

/**
 * A formatter for a one-character `delimiter` (`,` `;` tab `|`). It runs for every cell of the
 * output, so it scans char codes rather than testing a regular expression.
 */
export function createCsvFormatter(delimiter: string): CsvFormatter {
  const delimiterCode = delimiter.charCodeAt(0);
  const cell = (text: string): string => {
    const safe = escapeFormula(text);
    return needsQuotes(safe, delimiterCode) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return {
    cell,
    row(cells) {
      // Most rows need no quoting or escaping at all: one scan, then a plain join.
      for (const text of cells) {
        if (needsQuotes(text, delimiterCode) || isFormulaRisk(text))
          return cells.map(cell).join(delimiter);
      }
      return cells.join(delimiter);
    },
  };
}

/** One cell of CSV output (see {@link createCsvFormatter}). */
export function formatCsvCell(cell: string, delimiter: string): string {
  return createCsvFormatter(delimiter).cell(cell);
}

/** One line of CSV output, without the line break. */
export function formatCsvRow(cells: readonly string[], delimiter: string): string {
  return createCsvFormatter(delimiter).row(cells);
}

/** Lines of CSV output, each followed by `linebreak`. */
export function formatCsvRows(
  rows: readonly (readonly string[])[],
  delimiter: string,
  linebreak: string,
): string {
  const formatter = createCsvFormatter(delimiter);
  const lines = rows.map((row) => formatter.row(row));
  return lines.length > 0 ? lines.join(linebreak) + linebreak : '';
}
