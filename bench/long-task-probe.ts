import type { Page } from 'playwright-core';

/** A main-thread task longer than this makes the page feel stuck (BENCHMARKS.md). */
export const LONG_TASK_LIMIT_MS = 100;

/** Main-thread long tasks (over 50 ms, as the Long Tasks API reports them) during some work. */
export interface LongTaskSummary {
  /** The longest task, or 0 when none went over 50 ms. */
  longestMs: number;
  /** Tasks over {@link LONG_TASK_LIMIT_MS}. */
  overLimitCount: number;
  /** Every long task seen (all over 50 ms). */
  count: number;
}

/** A running probe: `stop` reports the long tasks since it started. */
export interface LongTaskProbe {
  stop(): Promise<LongTaskSummary>;
}

interface LongTaskLog {
  tasks: { startTime: number; duration: number }[];
  observer: PerformanceObserver;
}

type ProbedWindow = Window & { estimoLongTasks?: LongTaskLog };

/**
 * Runs in the page: starts collecting long tasks once (a buffered `longtask` observer kept on
 * `window`) and returns the page's `performance.now()`, the start of the measured window.
 */
function collectLongTasks(): number {
  const probed = window as ProbedWindow;
  if (!probed.estimoLongTasks) {
    const tasks: LongTaskLog['tasks'] = [];
    const observer = new PerformanceObserver((list) => {
      for (const { startTime, duration } of list.getEntries()) tasks.push({ startTime, duration });
    });
    observer.observe({ type: 'longtask', buffered: true });
    probed.estimoLongTasks = { tasks, observer };
  }
  return performance.now();
}

/** Runs in the page: the durations of long tasks that ended after `sinceMs`. */
async function longTasksSince(sinceMs: number): Promise<number[]> {
  const log = (window as ProbedWindow).estimoLongTasks;
  if (!log) throw new Error('The long-task probe was not started in this page.');
  // Entries are delivered after the task that queued them: let pending ones arrive.
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (const { startTime, duration } of log.observer.takeRecords()) {
    log.tasks.push({ startTime, duration });
  }
  return log.tasks
    .filter((task) => task.startTime + task.duration >= sinceMs)
    .map((task) => task.duration);
}

/** Longest, count over the limit and count, from task durations. */
export function summarizeLongTasks(durationsMs: readonly number[]): LongTaskSummary {
  return {
    longestMs: durationsMs.length === 0 ? 0 : Math.max(...durationsMs),
    overLimitCount: durationsMs.filter((duration) => duration > LONG_TASK_LIMIT_MS).length,
    count: durationsMs.length,
  };
}

/**
 * Starts watching `page`'s main thread for long tasks (PerformanceObserver, `longtask`,
 * buffered); the returned probe's `stop` reports those that ended after this call. Code that
 * `page.evaluate` runs synchronously is not a task the API sees: measured in-page code should
 * first yield (`await` a `setTimeout(…, 0)`), as the app's own work always runs in tasks.
 */
export async function startLongTaskProbe(page: Page): Promise<LongTaskProbe> {
  const sinceMs = await page.evaluate(collectLongTasks);
  return {
    stop: async () => summarizeLongTasks(await page.evaluate(longTasksSince, sinceMs)),
  };
}
