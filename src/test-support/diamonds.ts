import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseCsvText, type CsvTable } from '../core/data/csv';
import { isTestRow } from '../core/data/holdout';

/** diamonds.csv from the npm package `@observablehq/sample-datasets` (53,940 rows). */
export function readDiamonds(): CsvTable {
  const path = createRequire(import.meta.url).resolve('@observablehq/sample-datasets/diamonds.csv');
  return parseCsvText(readFileSync(path, 'utf8'));
}

/** The diamonds columns the shipped model reads. */
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
];

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
 * The TEST rows of the holdout rule (0-based data row `i` with `i % 5 == 0`: 10,788 of 53,940),
 * feature cells as the file writes them.
 */
export function loadDiamondsTestRows(): DiamondsTestRows {
  const { header, rows } = readDiamonds();
  const testRows = rows.filter((_, i) => isTestRow(i));
  const columns: Record<string, string[]> = {};
  for (const name of DIAMOND_FEATURES) {
    const index = columnIndex(header, name);
    columns[name] = testRows.map((row) => row[index]!);
  }
  const priceIndex = columnIndex(header, 'price');
  const prices = testRows.map((row) => Number(row[priceIndex]));
  const badRow = prices.findIndex((price) => !Number.isFinite(price));
  if (badRow >= 0) throw new Error(`diamonds.csv TEST row ${badRow} has no numeric price.`);
  return { rowCount: testRows.length, columns, prices };
}
