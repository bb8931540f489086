import type { Page } from 'playwright-core';
import type { Scenario, ScenarioContext, ScenarioFigures } from '../scenario';
import { maximum, percentile } from '../stats';

const WARMUP_CHANGES = 10;
const MEASURED_CHANGES = 200;
const CHANGE_TIMEOUT_MS = 2000;

/** Carat values 0.30, 0.31, … 2.00, then again: inside the training range, each unlike the last. */
function caratValues(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (0.3 + (i % 171) / 100).toFixed(2));
}

interface ChangeOptions {
  values: string[];
  warmupChanges: number;
  timeoutMs: number;
}

/**
 * Runs in the page: types each carat value as a person would (native setter, then an `input`
 * event) and times dispatch → the estimate's `data-value` changing in the DOM. Changes after the
 * warm-up are timed; one with no new estimate within `timeoutMs` counts as a timeout.
 */
async function timeCaratChanges({ values, warmupChanges, timeoutMs }: ChangeOptions) {
  const input = document.querySelector<HTMLInputElement>('[data-testid="field-carat"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (!input || !setValue) throw new Error('No carat field on /#/estimate.');
  const readEstimate = () =>
    document.querySelector('[data-testid="estimate-value"]')?.getAttribute('data-value') ?? null;
  const waitForNewEstimate = (before: string | null) =>
    new Promise<number | null>((resolve) => {
      const observer = new MutationObserver(() => {
        const current = readEstimate();
        if (current !== null && current !== before) finish(performance.now());
      });
      const timer = setTimeout(() => finish(null), timeoutMs);
      const finish = (atMs: number | null) => {
        observer.disconnect();
        clearTimeout(timer);
        resolve(atMs);
      };
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  const latenciesMs: number[] = [];
  let timeouts = 0;
  for (const [change, value] of values.entries()) {
    const updated = waitForNewEstimate(readEstimate());
    setValue.call(input, value);
    const startedMs = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const updatedMs = await updated;
    if (change < warmupChanges) continue;
    if (updatedMs === null) timeouts++;
    else latenciesMs.push(updatedMs - startedMs);
  }
  return { latenciesMs, timeouts };
}

async function runChanges(page: Page) {
  await page.goto('/#/estimate');
  await page.waitForSelector('[data-testid="estimate-value"][data-value]', { timeout: 30_000 });
  const values = caratValues(WARMUP_CHANGES + MEASURED_CHANGES);
  return page.evaluate(timeCaratChanges, {
    values,
    warmupChanges: WARMUP_CHANGES,
    timeoutMs: CHANGE_TIMEOUT_MS,
  });
}

async function measure(context: ScenarioContext): Promise<ScenarioFigures> {
  const { latenciesMs, timeouts } = await context.withPage(runChanges);
  return {
    figures: {
      p50Ms: percentile(latenciesMs, 0.5),
      p95Ms: percentile(latenciesMs, 0.95),
      maxMs: maximum(latenciesMs),
      changes: MEASURED_CHANGES,
      timeouts,
    },
    targets: [
      { figure: 'p95Ms', atMost: 16 },
      { figure: 'timeouts', atMost: 0 },
    ],
    notes: { warmup: `${WARMUP_CHANGES} untimed changes first; the model is idle (no training)` },
    samples: { latenciesMs },
  };
}

/** Input event → updated estimate in the DOM on `/#/estimate`, over many carat edits. */
export const estimateLatency: Scenario = { name: 'estimate-latency', run: measure };
