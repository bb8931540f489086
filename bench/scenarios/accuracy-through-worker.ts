import type { Page } from 'playwright-core';
import { regressionMetrics } from '../../src/core/model/metrics';
import type { ActiveModel, BatchInput } from '../../src/worker/predictor/api';
import type { Scenario, ScenarioContext, ScenarioFigures } from '../scenario';
import { median } from '../stats';
import { loadDiamondsTestRows, type DiamondsTestRows } from '../../src/test-support/diamonds';

/** Timed batch calls after the first (untimed warm-up) one. */
const TIMED_RUNS = 3;

/** What bench.html (src/bench/bench-entry.ts) puts on `window.estimoBench`. */
interface EstimoBench {
  loadActiveModel(): Promise<ActiveModel>;
  estimateBatch(input: BatchInput): Promise<{ values: number[]; version: number }>;
}

type BenchWindow = Window & { estimoBench?: EstimoBench };

interface BatchTiming {
  backend: string;
  modelVersion: number;
  values: number[];
  elapsedMs: number[];
}

/** Runs in bench.html: loads the model, prices the rows once for accuracy, then times the calls. */
async function priceInPage(args: { input: DiamondsTestRows; timedRuns: number }) {
  const bench = (window as BenchWindow).estimoBench;
  if (!bench) throw new Error('bench.html did not set window.estimoBench.');
  const model = await bench.loadActiveModel();
  const batch = { rowCount: args.input.rowCount, columns: args.input.columns };
  const first = await bench.estimateBatch(batch);
  const elapsedMs: number[] = [];
  for (let run = 0; run < args.timedRuns; run++) {
    const startedMs = performance.now();
    await bench.estimateBatch(batch);
    elapsedMs.push(performance.now() - startedMs);
  }
  return { backend: model.backend, modelVersion: first.version, values: first.values, elapsedMs };
}

async function timeBatches(page: Page, input: DiamondsTestRows): Promise<BatchTiming> {
  await page.goto('/bench.html');
  await page.waitForFunction(() => (window as BenchWindow).estimoBench !== undefined);
  return page.evaluate(priceInPage, { input, timedRuns: TIMED_RUNS });
}

async function measure(context: ScenarioContext): Promise<ScenarioFigures> {
  const input = loadDiamondsTestRows();
  const timing = await context.withPage((page) => timeBatches(page, input));
  const priced = timing.values.flatMap((value, i) =>
    Number.isFinite(value) ? [{ value, price: input.prices[i]! }] : [],
  );
  const metrics = regressionMetrics(
    priced.map((row) => row.price),
    priced.map((row) => row.value),
  );
  const batchMs = median(timing.elapsedMs);
  return {
    figures: {
      rmse: metrics.rmse,
      mae: metrics.mae,
      mapePercent: metrics.mape,
      r2: metrics.r2,
      testRows: input.rowCount,
      unpricedRows: input.rowCount - priced.length,
      batchMs,
      batchRowsPerSecond: (input.rowCount / batchMs) * 1000,
    },
    targets: [
      { figure: 'rmse', atMost: 560 },
      { figure: 'mapePercent', atMost: 7 },
      { figure: 'unpricedRows', atMost: 0 },
    ],
    notes: { backend: timing.backend, modelVersion: String(timing.modelVersion) },
    samples: { batchMs: timing.elapsedMs },
  };
}

/**
 * Accuracy of the active model on the diamonds TEST rows, priced by the real predictor worker
 * through bench.html, with the in-page time of a whole-batch call (clone to the worker, parse,
 * predict, answer).
 */
export const accuracyThroughWorker: Scenario = {
  name: 'accuracy-through-worker',
  run: measure,
};
