/**
 * Measures ingest and EDA speed in Node: repeats the body of a CSV from `../shared/data` in
 * memory up to about 100 MB, feeds it to `CsvIngest` in 64 KB byte chunks (as `File.stream()`
 * does), profiles the table, and prints MB/s. Not a test: speed is judged by the bench.
 *
 *   npx tsx scripts/ingest-speed.ts [csv path] [target MB] [target column]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CsvIngest } from '../src/core/data/ingest/csv-ingest';
import { profileTable } from '../src/core/eda/profile-table';

const CHUNK_BYTES = 64 * 1024;
const path = resolve(
  import.meta.dirname,
  process.argv[2] ?? '../../shared/data/uk-used-cars/all.csv',
);
const targetMegabytes = Number(process.argv[3] ?? 100);
const targetColumn = process.argv[4] ?? 'price';

/** The file's header once, then its data lines repeated until the size is reached. */
function repeatFile(bytes: Uint8Array, size: number): Uint8Array {
  const headerEnd = bytes.indexOf(0x0a) + 1;
  const body = bytes.subarray(headerEnd);
  const copies = Math.max(1, Math.round((size - headerEnd) / body.length));
  const out = new Uint8Array(headerEnd + copies * body.length);
  out.set(bytes.subarray(0, headerEnd));
  for (let i = 0; i < copies; i++) out.set(body, headerEnd + i * body.length);
  return out;
}

function main(): void {
  if (!existsSync(path)) {
    console.log(`Skipped: ${path} is absent (the shared datasets live beside the repository).`);
    return;
  }
  const bytes = repeatFile(readFileSync(path), targetMegabytes * 1e6);
  const megabytes = bytes.length / 1e6;
  const started = performance.now();
  const ingest = new CsvIngest();
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    ingest.pushBytes(bytes.subarray(at, at + CHUNK_BYTES));
  }
  const result = ingest.finish();
  const ingested = performance.now();
  const eda = profileTable(result.table, { target: targetColumn, ingestReport: result.report });
  const finished = performance.now();
  const seconds = (from: number, to: number) => (to - from) / 1000;
  const rate = (s: number) => `${(megabytes / s).toFixed(1)} MB/s`;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`${path}: ${megabytes.toFixed(1)} MB, ${result.table.rowCount} rows`);
  console.log(
    `ingest        ${seconds(started, ingested).toFixed(2)} s  ${rate(seconds(started, ingested))}`,
  );
  console.log(`EDA           ${seconds(ingested, finished).toFixed(2)} s`);
  console.log(
    `ingest + EDA  ${seconds(started, finished).toFixed(2)} s  ${rate(seconds(started, finished))}`,
  );
  console.log(
    `peak RSS ${peakRssMb.toFixed(0)} MB (the file itself is held in memory); ${eda.alerts.length} alerts`,
  );
}

main();
