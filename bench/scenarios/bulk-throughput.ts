import { readDiamonds } from '../../src/test-support/diamonds';
import {
  BENCH_FILE_INPUT_ID,
  DISK_PROFILE_NOTE,
  measureFileRuns,
  type FileRun,
  type Timing,
} from '../bench-page';
import { BIG_CSV_BYTES, writeRepeatedCsv } from '../repeated-csv';
import type { Scenario, ScenarioContext, ScenarioFigures } from '../scenario';
import { median } from '../stats';
import { PROBE_TARGETS, probeFigures, probeNotes } from '../work-probes';

/** Each run scores the file in a fresh context, then times papaparse twice on it. */
const RUNS = 2;

/** What one bulk run through bench.html reports (src/bench/bench-entry.ts). */
interface BulkTiming extends Timing {
  scored: number;
  outputBytes: number;
  isOutputOnDisk: boolean;
}

interface BulkBench {
  bulkScore(file: File): Promise<BulkTiming>;
}

type BenchWindow = Window & { estimoBench?: BulkBench };

/** Runs in bench.html: scores the picked file through the heavy worker (inspect untimed). */
async function bulkInPage(inputId: string): Promise<BulkTiming> {
  const bench = (window as BenchWindow).estimoBench;
  const file = document.querySelector<HTMLInputElement>(`#${inputId}`)?.files?.[0];
  if (!bench || !file) throw new Error('bench.html has no harness or no file.');
  // Start in a task of the page's own: code run straight from page.evaluate is no long task.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return bench.bulkScore(file);
}

/** A ~200 MB diamonds-like CSV: diamonds.csv's rows repeated, written to the temp folder. */
function writeBulkCsv() {
  const { header, rows } = readDiamonds();
  const body = `${rows.map((row) => row.join(',')).join('\n')}\n`;
  return writeRepeatedCsv('estimo-bench-bulk.csv', header.join(','), body, BIG_CSV_BYTES);
}

/** Figures over the runs (medians of speeds and times, worst run for memory and long tasks). */
function bulkFigures(runs: FileRun<BulkTiming>[], fileMB: number): Record<string, number> {
  const rowsPerSecond = (list: Timing[]) => median(list.map((t) => (t.rows / t.elapsedMs) * 1000));
  const bulk = runs.map((run) => run.work.result);
  const bulkMs = median(bulk.map((t) => t.elapsedMs));
  const parseMs = median(runs.map((run) => run.parse.elapsedMs));
  return {
    fileMB,
    rows: bulk[0]?.rows ?? 0,
    bulkRowsPerSecond: rowsPerSecond(bulk),
    bulkMBPerSecond: fileMB / (bulkMs / 1000),
    parseOnlyRowsPerSecond: rowsPerSecond(runs.map((run) => run.parse)),
    parseTypedRowsPerSecond: rowsPerSecond(runs.map((run) => run.typed)),
    bulkOverParseTime: bulkMs / parseMs,
    bulkOverTypedParseTime: bulkMs / median(runs.map((run) => run.typed.elapsedMs)),
    ...probeFigures(runs.map((run) => run.work)),
  };
}

async function measure(context: ScenarioContext): Promise<ScenarioFigures> {
  const csv = writeBulkCsv();
  const runs = await measureFileRuns(
    context,
    csv,
    RUNS,
    (page) => page.evaluate(bulkInPage, BENCH_FILE_INPUT_ID),
    { hasDiskProfile: true },
  );
  return {
    figures: bulkFigures(runs, csv.bytes / 2 ** 20),
    targets: [{ figure: 'bulkOverParseTime', atMost: 1 }, ...PROBE_TARGETS],
    notes: {
      parseOnly: 'Papa.parse(file, { chunk }) on the main thread: arrays, no typing',
      parseTyped: 'the same with header: true, dynamicTyping: true',
      bulk:
        'inspect (model load) untimed; parse, check, predict, write CSV in the heavy worker; ' +
        `${RUNS} runs, each in a fresh context, papaparse after the bulk run in the same page`,
      memoryWindow: 'memory and long tasks span the bulk call, its untimed inspect included',
      browser: DISK_PROFILE_NOTE,
      output: runs.every((run) => run.work.result.isOutputOnDisk)
        ? "download written to the browser's private file system as scored"
        : 'download kept in memory (no private file system)',
      ...probeNotes(runs.map((run) => run.work)),
    },
    samples: {
      bulkMs: runs.map((run) => run.work.result.elapsedMs),
      parseMs: runs.map((run) => run.parse.elapsedMs),
      typedParseMs: runs.map((run) => run.typed.elapsedMs),
      peakMemoryMB: runs.map((run) => run.work.memory.peakMB),
    },
  };
}

/**
 * Bulk scoring throughput on a generated ~200 MB diamonds-like CSV, next to papaparse's
 * parse-only speed on the same file in the same page (BENCHMARKS.md: bulk time ≤ parse-only time,
 * peak ≤ 400 MB, no main-thread task over 100 ms).
 */
export const bulkThroughput: Scenario = {
  name: 'bulk-throughput',
  run: measure,
  timeoutMs: 900_000,
};
