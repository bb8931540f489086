import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { BENCH_FILE_INPUT_ID, openBenchPage } from '../bench-page';
import { splitHeader, writeRepeatedCsv } from '../repeated-csv';
import type { Scenario, ScenarioContext, ScenarioFigures } from '../scenario';
import { median } from '../stats';

const DIAMONDS = createRequire(import.meta.url).resolve(
  '@observablehq/sample-datasets/diamonds.csv',
);
const BATCH_INPUT_ID = 'bench-batch';
const BATCH_ROWS = 100_000;
const TIMED_REPORTS = 3;

interface DriftTiming {
  elapsedMs: number;
  rows: number;
  referenceRows: number;
  tested: number;
  drifted: number;
  tests: string;
  isPerformanceChecked: boolean;
  saveProblem: string | null;
}

interface MonitorBench {
  makeChampionWithReference(file: File, target: string): Promise<{ version: number }>;
  timeFileDrift(file: File): Promise<DriftTiming>;
}

type BenchWindow = Window & { estimoBench?: { monitor: MonitorBench } };

/** Runs in bench.html: trains Fast on the picked file and registers it as the champion. */
function prepareInPage(inputId: string) {
  const bench = (window as BenchWindow).estimoBench;
  const file = document.querySelector<HTMLInputElement>(`#${inputId}`)?.files?.[0];
  if (!bench || !file) throw new Error('bench.html has no harness or no file.');
  return bench.monitor.makeChampionWithReference(file, 'price');
}

/** Runs in bench.html: one drift report of the batch against the champion. */
function driftInPage(inputId: string) {
  const bench = (window as BenchWindow).estimoBench;
  const file = document.querySelector<HTMLInputElement>(`#${inputId}`)?.files?.[0];
  if (!bench || !file) throw new Error('bench.html has no harness or no batch.');
  return bench.monitor.timeFileDrift(file);
}

/** 100,000 diamonds rows (the first 50,000, twice) as a batch file. */
function writeBatch() {
  const { headerLine, body } = splitHeader(readFileSync(DIAMONDS, 'utf8'));
  const half =
    body
      .split('\n')
      .slice(0, BATCH_ROWS / 2)
      .join('\n') + '\n';
  return writeRepeatedCsv('estimo-drift-batch.csv', headerLine, half, 2 * Buffer.byteLength(half));
}

async function runReports(page: Page, batchPath: string): Promise<DriftTiming[]> {
  await openBenchPage(page, DIAMONDS);
  await page.evaluate((id) => {
    document.body.append(Object.assign(document.createElement('input'), { type: 'file', id }));
  }, BATCH_INPUT_ID);
  await page.setInputFiles(`#${BATCH_INPUT_ID}`, batchPath);
  await page.evaluate(prepareInPage, BENCH_FILE_INPUT_ID);
  const timings: DriftTiming[] = [];
  for (let run = 0; run < TIMED_REPORTS; run++) {
    timings.push(await page.evaluate(driftInPage, BATCH_INPUT_ID));
  }
  return timings;
}

async function measure(context: ScenarioContext): Promise<ScenarioFigures> {
  const batch = writeBatch();
  try {
    const timings = await context.withPage((page) => runReports(page, batch.path));
    const last = timings[timings.length - 1]!;
    const elapsed = timings.map((timing) => timing.elapsedMs);
    return {
      figures: {
        driftReportMs: median(elapsed),
        firstDriftReportMs: elapsed[0]!,
        batchRows: last.rows,
        referenceRows: last.referenceRows,
        testedFeatures: last.tested,
        driftedFeatures: last.drifted,
      },
      targets: [{ figure: 'batchRows', atLeast: BATCH_ROWS }],
      notes: {
        what: 'checkFileDrift through the heavy worker: read the CSV, profile it against the champion (diamonds, Fast), test every feature, price the batch for performance drift, save the report',
        tests: last.tests,
        performanceChecked: String(last.isPerformanceChecked),
        saved: last.saveProblem ?? 'yes',
      },
      samples: { driftReportMs: elapsed },
    };
  } finally {
    batch.remove();
  }
}

/** A drift report of a 100,000-row batch against a stored reference profile. */
export const driftReportBench: Scenario = {
  name: 'drift-report',
  run: measure,
  timeoutMs: 300_000,
};
