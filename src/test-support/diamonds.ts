import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseCsvText, type CsvTable } from '../core/data/csv';

/** diamonds.csv from the npm package `@observablehq/sample-datasets` (53,940 rows). */
export function readDiamonds(): CsvTable {
  const path = createRequire(import.meta.url).resolve('@observablehq/sample-datasets/diamonds.csv');
  return parseCsvText(readFileSync(path, 'utf8'));
}
