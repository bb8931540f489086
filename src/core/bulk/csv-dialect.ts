/** How a CSV file is written: separator, line break and whether it starts with a UTF-8 BOM. */
export interface CsvDialect {
  delimiter: string;
  linebreak: '\n' | '\r\n' | '\r';
  hasBom: boolean;
}

/** Separators Estimo recognises, in order of preference when counts tie. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

/** Index of the line break ending the first line (quoted line breaks skipped), or -1. */
export function firstLineEnd(text: string): number {
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') isQuoted = !isQuoted;
    else if (!isQuoted && (char === '\n' || char === '\r')) return i;
  }
  return -1;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let isQuoted = false;
  for (const char of line) {
    if (char === '"') isQuoted = !isQuoted;
    else if (!isQuoted && char === delimiter) count++;
  }
  return count;
}

/**
 * Detects the dialect from the start of a file (already decoded, BOM removed). The separator is
 * the candidate seen most often in the header line: headers hold names, not decimal commas, so a
 * `;` file with `0,23` values is still read as `;`. A file with one column reads as `,`.
 */
export function detectCsvDialect(sample: string, hasBom: boolean): CsvDialect {
  const found = firstLineEnd(sample);
  const end = found < 0 ? sample.length : found;
  const line = sample.slice(0, end);
  let delimiter: string = ',';
  let best = 0;
  for (const candidate of CSV_DELIMITERS) {
    const count = countOutsideQuotes(line, candidate);
    if (count > best) {
      best = count;
      delimiter = candidate;
    }
  }
  const breakChar = sample[end];
  const linebreak = breakChar === '\r' ? (sample[end + 1] === '\n' ? '\r\n' : '\r') : '\n';
  return { delimiter, linebreak, hasBom };
}

/** A name people recognise for a separator, for messages and the page. */
export function describeDelimiter(delimiter: string): string {
  const names: Record<string, string> = {
    ',': 'comma',
    ';': 'semicolon',
    '\t': 'tab',
    '|': 'pipe',
  };
  return names[delimiter] ?? JSON.stringify(delimiter);
}
