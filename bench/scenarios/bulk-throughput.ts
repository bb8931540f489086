import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readDiamonds } from '../../src/test-support/diamonds';
import type { Scenario, ScenarioContext, ScenarioFigures } from '../scenario';
import { median } from '../stats';

const TARGET_BYTES = 50 * 2 ** 20;
const RUNS = 2;

interface Timing {
  rows: number;
  elapsedMs: number;
}

/** What bench.html (src/bench/bench-entry.ts) puts on `window.estimoBench` for this scenario. */
interface BulkBench {
  bulkScore(file: File): Promise<Timing & { scored: number; outputBytes: number }>;
  parseOnly(file: File, isTyped: boolean): Promise<Timing>;
}

type BenchWindow = Window & { estimoBench?: BulkBench };

/** A ~50 MB diamonds-like CSV: diamonds.csv's rows repeated, written to the temp folder. */
function writeBulkCsv(): { path: string; bytes: number } {
  const { header, rows } = readDiamonds();
  const body = `${rows.map((row) => row.join(',')).join('\n')}\n`;
  const copies = Math.ceil(TARGET_BYTES / body.length);
  const text = `${header.join(',')}\n${body.repeat(copies)}`;
  const path = join(tmpdir(), 'estimo-bench-bulk.csv');
  writeFileSync(path, text);
  return { path, bytes: Buffer.byteLength(text) };
}

/** Runs in bench.html: times papaparse alone (arrays, then typed objects) and a bulk run. */
async function timeInPage(args: { runs: number }) {
  const bench = (window as BenchWindow).estimoBench;
  const file = document.querySelector<HTMLInputElement>('#bulk-bench-file')?.files?.[0];
  if (!bench || !file) throw new Error('bench.html has no harness or no file.');
  const parse: Timing[] = [];
  const typed: Timing[] = [];
  const bulk: Timing[] = [];
  for (let run = 0; run < args.runs; run++) {
    parse.push(await bench.parseOnly(file, false));
    typed.push(await bench.parseOnly(file, true));
    bulk.push(await bench.bulkScore(file));
  }
  return { parse, typed, bulk };
}

async function measureInPage(page: Page, path: string) {
  await page.goto('/bench.html');
  await page.waitForFunction(() => (window as BenchWindow).estimoBench !== undefined);
  await page.evaluate(() => {
    const input = Object.assign(document.createElement('input'), {
      type: 'file',
      id: 'bulk-bench-file',
    });
    document.body.append(input);
  });
  await page.setInputFiles('#bulk-bench-file', path);
  return page.evaluate(timeInPage, { runs: RUNS });
}

async function measure(context: ScenarioContext): Promise<ScenarioFigures> {
  const { path, bytes } = writeBulkCsv();
  const timings = await context.withPage((page) => measureInPage(page, path));
  const rowsPerSecond = (list: Timing[]) => median(list.map((t) => (t.rows / t.elapsedMs) * 1000));
  const bulkMs = median(timings.bulk.map((t) => t.elapsedMs));
  const parseMs = median(timings.parse.map((t) => t.elapsedMs));
  return {
    figures: {
      fileMB: bytes / 2 ** 20,
      rows: timings.bulk[0]?.rows ?? 0,
      bulkRowsPerSecond: rowsPerSecond(timings.bulk),
      bulkMBPerSecond: bytes / 2 ** 20 / (bulkMs / 1000),
      parseOnlyRowsPerSecond: rowsPerSecond(timings.parse),
      parseTypedRowsPerSecond: rowsPerSecond(timings.typed),
      bulkOverParseTime: bulkMs / parseMs,
      bulkOverTypedParseTime: bulkMs / median(timings.typed.map((t) => t.elapsedMs)),
    },
    targets: [{ figure: 'bulkOverParseTime', atMost: 1 }],
    notes: {
      parseOnly: 'Papa.parse(file, { chunk }) on the main thread: arrays, no typing',
      parseTyped: 'the same with header: true, dynamicTyping: true',
      bulk: 'inspect (model warm) excluded; parse, check, predict, write CSV in the heavy worker',
    },
    samples: {
      bulkMs: timings.bulk.map((t) => t.elapsedMs),
      parseMs: timings.parse.map((t) => t.elapsedMs),
      typedParseMs: timings.typed.map((t) => t.elapsedMs),
    },
  };
}

/**
 * Bulk scoring throughput on a generated ~50 MB diamonds-like CSV, next to papaparse's parse-only
 * speed on the same file in the same page (BENCHMARKS.md: bulk time ≤ parse-only time).
 */
export const bulkThroughput: Scenario = { name: 'bulk-throughput', run: measure };
