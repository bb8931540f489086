import type { Page } from 'playwright-core';
import type { GeneratedCsv } from './repeated-csv';
import type { ScenarioContext } from './scenario';
import { probeWork, type ProbedWork } from './work-probes';

/** Id of the file input the bench adds to bench.html; in-page code reads the file from it. */
export const BENCH_FILE_INPUT_ID = 'bench-file';

/** Rows a timed step went through and how long it took, in the page. */
export interface Timing {
  rows: number;
  elapsedMs: number;
}

/** papaparse on the same file in the same page: rows as arrays, and header + dynamic typing. */
export interface ParseReference {
  parse: Timing;
  typed: Timing;
}

/** What bench.html (src/bench/bench-entry.ts) puts on `window.estimoBench` for file scenarios. */
interface ParseBench {
  parseOnly(file: File, isTyped: boolean): Promise<Timing>;
}

type BenchWindow = Window & { estimoBench?: ParseBench };

/**
 * Opens bench.html, waits for its harness and gives it `filePath` through a file input with id
 * {@link BENCH_FILE_INPUT_ID}, as a person picking the file would.
 */
export async function openBenchPage(page: Page, filePath: string): Promise<void> {
  await page.goto('/bench.html');
  await page.waitForFunction(() => (window as BenchWindow).estimoBench !== undefined);
  await page.evaluate((id) => {
    document.body.append(Object.assign(document.createElement('input'), { type: 'file', id }));
  }, BENCH_FILE_INPUT_ID);
  await page.setInputFiles(`#${BENCH_FILE_INPUT_ID}`, filePath);
}

/** Runs in bench.html: papaparse alone on the picked file (arrays, or typed objects). */
function parseInPage(args: { inputId: string; isTyped: boolean }): Promise<Timing> {
  const bench = (window as BenchWindow).estimoBench;
  const file = document.querySelector<HTMLInputElement>(`#${args.inputId}`)?.files?.[0];
  if (!bench || !file) throw new Error('bench.html has no harness or no file.');
  return bench.parseOnly(file, args.isTyped);
}

/** Times papaparse on the picked file, plain then typed. */
export async function timeParseReference(page: Page): Promise<ParseReference> {
  const parse = await page.evaluate(parseInPage, { inputId: BENCH_FILE_INPUT_ID, isTyped: false });
  const typed = await page.evaluate(parseInPage, { inputId: BENCH_FILE_INPUT_ID, isTyped: true });
  return { parse, typed };
}

/** One run on a file: the probed work, then papaparse's reference times in the same page. */
export interface FileRun<T> extends ParseReference {
  work: ProbedWork<T>;
}

/**
 * One run in a fresh browser context (empty storage): opens bench.html with `filePath`, runs
 * `work` under the memory sampler and long-task probe, then times papaparse on the same file.
 */
export function measureFileRun<T>(
  context: ScenarioContext,
  filePath: string,
  work: (page: Page) => Promise<T>,
  options: FileRunOptions = {},
): Promise<FileRun<T>> {
  const run = async (page: Page, browserPid: number | undefined) => {
    await openBenchPage(page, filePath);
    const probed = await probeWork(page, browserPid, () => work(page));
    return { work: probed, ...(await timeParseReference(page)) };
  };
  return options.hasDiskProfile
    ? context.withDiskProfilePage(run)
    : context.withPage((page) => run(page, context.browserPid));
}

/** The note saying where a disk-profile file run ran. */
export const DISK_PROFILE_NOTE =
  'a browser of its own per run with a fresh profile on disk, as a person has (a context of ' +
  "the shared browser keeps the browser's storage in memory)";

/** How a file run's browser is set up. */
export interface FileRunOptions {
  /** A browser of its own with its profile on disk ({@link ScenarioContext.withDiskProfilePage}). */
  hasDiskProfile?: boolean;
}

/** `count` runs of {@link measureFileRun} on a generated file, which is deleted afterwards. */
export async function measureFileRuns<T>(
  context: ScenarioContext,
  csv: GeneratedCsv,
  count: number,
  work: (page: Page) => Promise<T>,
  options: FileRunOptions = {},
): Promise<FileRun<T>[]> {
  const runs: FileRun<T>[] = [];
  try {
    for (let run = 0; run < count; run++) {
      runs.push(await measureFileRun(context, csv.path, work, options));
    }
  } finally {
    csv.remove();
  }
  return runs;
}
