import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { BENCH_FILE_INPUT_ID, openBenchPage } from '../bench-page';
import type { Scenario, ScenarioContext, ScenarioFigures } from '../scenario';
import { maximum, percentile } from '../stats';

const DIAMONDS = createRequire(import.meta.url).resolve(
  '@observablehq/sample-datasets/diamonds.csv',
);
const WARMUP_CHANGES = 10;
/** Edits per round; rounds go on for about {@link MEASURE_MS} of training. */
const ROUND_CHANGES = 100;
const MEASURE_MS = 15_000;
const CHANGE_TIMEOUT_MS = 2000;
const RETRAIN_TIMEOUT_MS = 240_000;

interface RetrainStatus {
  phase: string;
  isDone: boolean;
  message: string | null;
}

interface MonitorBench {
  startRetrain(file: File): void;
  retrainStatus(): RetrainStatus;
}

type BenchWindow = Window & { estimoBench?: { monitor: MonitorBench } };

/** Runs in bench.html: starts "Retrain with this data" on the picked file (Production). */
function startInPage(inputId: string): void {
  const bench = (window as BenchWindow).estimoBench;
  const file = document.querySelector<HTMLInputElement>(`#${inputId}`)?.files?.[0];
  if (!bench || !file) throw new Error('bench.html has no harness or no file.');
  bench.monitor.startRetrain(file);
}

function statusInPage(): RetrainStatus {
  const bench = (window as BenchWindow).estimoBench;
  if (!bench) throw new Error('bench.html has no harness.');
  return bench.monitor.retrainStatus();
}

/**
 * Runs on `/#/estimate`: types each carat value (native setter, then `input`) and times the
 * dispatch → the estimate's `data-value` changing; a change with no answer in time is a timeout.
 */
async function timeChanges(args: { values: string[]; warmup: number; timeoutMs: number }) {
  const input = document.querySelector<HTMLInputElement>('[data-testid="field-carat"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (!input || !setValue) throw new Error('No carat field on /#/estimate.');
  const read = () =>
    document.querySelector('[data-testid="estimate-value"]')?.getAttribute('data-value') ?? null;
  const latenciesMs: number[] = [];
  let timeouts = 0;
  for (const [change, value] of args.values.entries()) {
    const before = read();
    const answered = new Promise<number | null>((resolve) => {
      const observer = new MutationObserver(() => {
        if (read() !== before) done(performance.now());
      });
      const timer = setTimeout(() => done(null), args.timeoutMs);
      const done = (atMs: number | null) => {
        observer.disconnect();
        clearTimeout(timer);
        resolve(atMs);
      };
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    setValue.call(input, value);
    const startedMs = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const atMs = await answered;
    if (change < args.warmup) continue;
    if (atMs === null) timeouts++;
    else latenciesMs.push(atMs - startedMs);
  }
  return { latenciesMs, timeouts };
}

async function waitForPhase(
  page: Page,
  isWanted: (status: RetrainStatus) => boolean,
  timeoutMs: number,
) {
  const startedMs = Date.now();
  for (;;) {
    const status = await page.evaluate(statusInPage);
    if (isWanted(status) || status.isDone) return status;
    if (Date.now() - startedMs > timeoutMs) throw new Error(`Retrain stuck in ${status.phase}.`);
    await page.waitForTimeout(250);
  }
}

async function run(page: Page) {
  await openBenchPage(page, DIAMONDS);
  const estimatePage = await page.context().newPage();
  await estimatePage.goto('/#/estimate');
  await estimatePage.waitForSelector('[data-testid="estimate-value"][data-value]', {
    timeout: 30_000,
  });
  await page.evaluate(startInPage, BENCH_FILE_INPUT_ID);
  const started = await waitForPhase(page, (status) => status.phase === 'training', 60_000);
  if (started.isDone) throw new Error(`The retrain ended before training: ${started.message}`);
  return measureWhileTraining(page, estimatePage);
}

/**
 * Rounds of {@link ROUND_CHANGES} carat edits while the retrain trains, for about
 * {@link MEASURE_MS}; a round that ends after training stopped is discarded.
 */
async function measureWhileTraining(page: Page, estimatePage: Page) {
  const values = Array.from({ length: ROUND_CHANGES }, (_, i) =>
    (0.3 + (i % 171) / 100).toFixed(2),
  );
  const latenciesMs: number[] = [];
  let timeouts = 0;
  let rounds = 0;
  const startedMs = Date.now();
  let isTrainingThroughout = true;
  while (Date.now() - startedMs < MEASURE_MS) {
    const warmup = rounds === 0 ? WARMUP_CHANGES : 0;
    const args = { values, warmup, timeoutMs: CHANGE_TIMEOUT_MS };
    const round = await estimatePage.evaluate(timeChanges, args);
    const status = await page.evaluate(statusInPage);
    if (status.isDone || status.phase !== 'training') {
      isTrainingThroughout = rounds > 0;
      break;
    }
    latenciesMs.push(...round.latenciesMs);
    timeouts += round.timeouts;
    rounds++;
  }
  const measuredMs = Date.now() - startedMs;
  const finished = await waitForPhase(page, () => false, RETRAIN_TIMEOUT_MS);
  return { latenciesMs, timeouts, rounds, measuredMs, isTrainingThroughout, finished };
}

async function measure(context: ScenarioContext): Promise<ScenarioFigures> {
  const { latenciesMs, timeouts, rounds, measuredMs, isTrainingThroughout, finished } =
    await context.withPage(run);
  return {
    figures: {
      p50Ms: percentile(latenciesMs, 0.5),
      p95Ms: percentile(latenciesMs, 0.95),
      maxMs: maximum(latenciesMs),
      changes: latenciesMs.length + timeouts,
      rounds,
      timeouts,
      measuredSeconds: measuredMs / 1000,
      trainingThroughout: isTrainingThroughout ? 1 : 0,
    },
    targets: [
      { figure: 'p95Ms', atMost: 50 },
      { figure: 'timeouts', atMost: 0 },
      { figure: 'trainingThroughout', atLeast: 1 },
      { figure: 'changes', atLeast: ROUND_CHANGES },
    ],
    notes: {
      what: 'Estimate page latency (input → new estimate in the DOM) while the Monitor page’s retrain (diamonds, batch alone, Production preset) trains in the heavy worker',
      retrain: finished.message ?? 'completed: a challenger was registered and compared',
    },
    samples: { latenciesMs },
  };
}

/** Estimate latency on `/#/estimate` while "Retrain with this data" runs. */
export const estimateWhileTraining: Scenario = {
  name: 'estimate-while-training',
  run: measure,
  timeoutMs: 420_000,
};
