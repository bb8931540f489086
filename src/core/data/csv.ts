import Papa from 'papaparse';
import { AppError } from '../../lib/errors';

/** A parsed CSV: the header and the data rows as raw strings. */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

/**
 * Parses CSV text held in memory (a BOM is dropped; the separator is detected). Throws a
 * `CSV_PARSE` AppError naming the row when the file has no header or a row has the wrong width.
 */
export function parseCsvText(text: string): CsvTable {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...rows] = result.data;
  if (!header || header.length === 0)
    throw new AppError('CSV_PARSE', 'The file is empty: no header row.');
  rows.forEach((row, i) => {
    if (row.length !== header.length) {
      throw new AppError(
        'CSV_PARSE',
        `Row ${i + 1} has ${row.length} cells but the header has ${header.length}.`,
      );
    }
  });
  return { header: header.map((name) => name.trim()), rows };
}
