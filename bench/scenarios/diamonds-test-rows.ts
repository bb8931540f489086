import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseCsvText } from '../../src/core/data/csv';
import { isTestRow } from '../../src/core/data/holdout';

/** The diamonds columns the shipped model reads, sent as the raw strings of the file. */
export const DIAMOND_FEATURES = [
  'carat',
  'cut',
  'color',
  'clarity',
  'depth',
  'table',
  'x',
  'y',
  'z',
] as const;

/** The TEST rows of diamonds: raw feature columns and the actual prices, in file order. */
export interface DiamondsTestRows {
  rowCount: number;
  columns: Record<string, string[]>;
  prices: number[];
}

function columnIndex(header: string[], name: string): number {
  const index = header.indexOf(name);
  if (index < 0) throw new Error(`diamonds.csv has no column "${name}" (header: ${header}).`);
  return index;
}

/**
 * Reads diamonds.csv from `@observablehq/sample-datasets` and keeps the TEST rows of the holdout
 * rule (0-based data row `i` with `i % 5 == 0`: 10,788 of 53,940).
 */
export function loadDiamondsTestRows(): DiamondsTestRows {
  const path = createRequire(import.meta.url).resolve('@observablehq/sample-datasets/diamonds.csv');
  const { header, rows } = parseCsvText(readFileSync(path, 'utf8'));
  const testRows = rows.filter((_, i) => isTestRow(i));
  const priceIndex = columnIndex(header, 'price');
  const columns: Record<string, string[]> = {};
  for (const name of DIAMOND_FEATURES) {
    const index = columnIndex(header, name);
    columns[name] = testRows.map((row) => row[index]!);
  }
  const prices = testRows.map((row) => Number(row[priceIndex]));
  const badRow = prices.findIndex((price) => !Number.isFinite(price));
  if (badRow >= 0) throw new Error(`diamonds.csv TEST row ${badRow} has no numeric price.`);
  return { rowCount: testRows.length, columns, prices };
}
