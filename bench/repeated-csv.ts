import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Size of the generated files the ingest and bulk scenarios read (BENCHMARKS.md: ~200 MB). */
export const BIG_CSV_BYTES = 200 * 2 ** 20;

/** A generated CSV in the temp folder; `remove` deletes it. */
export interface GeneratedCsv {
  path: string;
  bytes: number;
  /** Data rows (the header line excluded). */
  rows: number;
  remove(): void;
}

/** Count of `\n` in `text`. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Writes `<tmpdir>/<fileName>`: `headerLine`, then `body` (data rows, each ending with a line
 * break) repeated until the file reaches at least `targetBytes`. Written a copy at a time, so a
 * large file never sits whole in memory.
 */
export function writeRepeatedCsv(
  fileName: string,
  headerLine: string,
  body: string,
  targetBytes: number,
): GeneratedCsv {
  if (body.length === 0) throw new Error(`${fileName}: no data rows to repeat.`);
  const rowsText = body.endsWith('\n') ? body : `${body}\n`;
  const header = Buffer.from(`${headerLine}\n`);
  const copy = Buffer.from(rowsText);
  const copies = Math.max(1, Math.ceil((targetBytes - header.length) / copy.length));
  const path = join(tmpdir(), fileName);
  const descriptor = openSync(path, 'w');
  try {
    writeSync(descriptor, header);
    for (let written = 0; written < copies; written++) writeSync(descriptor, copy);
  } finally {
    closeSync(descriptor);
  }
  return {
    path,
    bytes: header.length + copies * copy.length,
    rows: copies * lineBreaks(rowsText),
    remove: () => rmSync(path, { force: true }),
  };
}

/** Splits a CSV's text into its header line (with any `\r`) and the rest (the data rows). */
export function splitHeader(text: string): { headerLine: string; body: string } {
  const end = text.indexOf('\n');
  return end === -1
    ? { headerLine: text, body: '' }
    : { headerLine: text.slice(0, end), body: text.slice(end + 1) };
}
