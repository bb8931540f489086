import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, PageSession } from './browser';
import { buildApp } from './build';
import { machineInfo, scenarioReport, writeReport, type ScenarioReport } from './report';
import type { ScenarioContext } from './scenario';
import { SCENARIOS } from './scenarios';
import { serveStatic } from './serve';
import { formatReport } from './table';

const ROOT_DIR = resolve(import.meta.dirname, '..');
const DIST_DIR = join(ROOT_DIR, 'dist');
const RESULTS_FILE = join(ROOT_DIR, 'bench/results/latest.json');
/** A scenario still running after this long has hung (a healthy run takes seconds). */
const SCENARIO_TIMEOUT_MS = 180_000;

/** Rejects when `work` has not settled within `timeoutMs`. */
async function withTimeout<T>(work: Promise<T>, timeoutMs: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} took over ${timeoutMs} ms.`)), timeoutMs);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs every scenario in turn; one that throws is reported with its error, the rest still run. */
async function runScenarios(context: ScenarioContext): Promise<Record<string, ScenarioReport>> {
  const reports: Record<string, ScenarioReport> = {};
  for (const scenario of SCENARIOS) {
    console.log(`Running ${scenario.name}…`);
    const startedMs = performance.now();
    try {
      const figures = await withTimeout(scenario.run(context), SCENARIO_TIMEOUT_MS, scenario.name);
      reports[scenario.name] = scenarioReport(figures, performance.now() - startedMs);
    } catch (error) {
      console.error(`  ${scenario.name} failed:`, error);
      const message = error instanceof Error ? error.message : String(error);
      reports[scenario.name] = {
        error: message,
        met: false,
        elapsedMs: performance.now() - startedMs,
      };
    }
  }
  return reports;
}

/** Builds, serves and measures; resolves the process exit code. */
async function main(): Promise<number> {
  console.log('Building the production app (npx vite build)…');
  const { elapsedMs: buildMs } = buildApp(ROOT_DIR);
  const server = await serveStatic(DIST_DIR);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const session = new PageSession(browser, server.origin);
    const scenarios = await runScenarios({
      origin: server.origin,
      distDir: DIST_DIR,
      withPage: (measure) => session.withPage(measure),
    });
    const report = {
      date: new Date().toISOString(),
      machine: machineInfo(browser.version()),
      buildMs,
      foreignRequests: session.foreignRequests,
      scenarios,
    };
    await writeReport(RESULTS_FILE, report);
    console.log(`\n${formatReport(report)}\nWritten to ${RESULTS_FILE}`);
    const hasError = Object.values(scenarios).some((scenario) => 'error' in scenario);
    return hasError || report.foreignRequests.length > 0 ? 1 : 0;
  } finally {
    await browser?.close();
    await server.close();
  }
}

main().then(
  (exitCode) => (process.exitCode = exitCode),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
