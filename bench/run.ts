import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, PageSession } from './browser';
import { buildApp } from './build';
import { machineInfo, scenarioReport, writeReport, type ScenarioReport } from './report';
import { findBrowserPid } from './memory-sampler';
import { ScenarioSkipped, type Scenario, type ScenarioContext } from './scenario';
import { SCENARIOS } from './scenarios';
import { serveStatic } from './serve';
import { formatReport } from './table';

const ROOT_DIR = resolve(import.meta.dirname, '..');
const DIST_DIR = join(ROOT_DIR, 'dist');
const RESULTS_FILE = join(ROOT_DIR, 'bench/results/latest.json');
/**
 * A scenario still running after this long has hung (a healthy run takes seconds); scenarios on
 * ~200 MB files set their own, longer `timeoutMs`.
 */
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

/** Runs one scenario within its time limit; an error or a skip becomes its report entry. */
async function runScenario(scenario: Scenario, context: ScenarioContext): Promise<ScenarioReport> {
  const startedMs = performance.now();
  const timeoutMs = scenario.timeoutMs ?? SCENARIO_TIMEOUT_MS;
  try {
    const figures = await withTimeout(scenario.run(context), timeoutMs, scenario.name);
    return scenarioReport(figures, performance.now() - startedMs);
  } catch (error) {
    const elapsedMs = performance.now() - startedMs;
    if (error instanceof ScenarioSkipped) {
      console.warn(`  ${scenario.name} skipped: ${error.message}`);
      return { skipped: error.message, met: false, elapsedMs };
    }
    console.error(`  ${scenario.name} failed:`, error);
    const message = error instanceof Error ? error.message : String(error);
    return { error: message, met: false, elapsedMs };
  }
}

/** Scenarios named after `--only` (comma-separated), or all of them. */
function chosenScenarios(argv: readonly string[]) {
  const at = argv.indexOf('--only');
  if (at < 0) return SCENARIOS;
  const names = new Set((argv[at + 1] ?? '').split(','));
  return SCENARIOS.filter((scenario) => names.has(scenario.name));
}

/** Runs every scenario in turn; one that throws is reported with its error, the rest still run. */
async function runScenarios(context: ScenarioContext): Promise<Record<string, ScenarioReport>> {
  const reports: Record<string, ScenarioReport> = {};
  for (const scenario of chosenScenarios(process.argv)) {
    console.log(`Running ${scenario.name}…`);
    reports[scenario.name] = await runScenario(scenario, context);
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
    const browserPid = findBrowserPid();
    if (browserPid === undefined)
      console.warn('Chromium process not found: memory is not sampled.');
    const scenarios = await runScenarios({
      origin: server.origin,
      distDir: DIST_DIR,
      withPage: (measure) => session.withPage(measure),
      withDiskProfilePage: (measure) => session.withDiskProfilePage(measure),
      browserPid,
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
