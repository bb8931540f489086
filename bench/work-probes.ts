import type { Page } from 'playwright-core';
import { LONG_TASK_LIMIT_MS, startLongTaskProbe, type LongTaskSummary } from './long-task-probe';
import { MemorySampler, type MemoryPeak } from './memory-sampler';
import type { Target } from './scenario';
import { maximum } from './stats';

/** BENCHMARKS.md: ingest and bulk on ~200 MB stay within this much memory at their peak. */
export const PEAK_MEMORY_LIMIT_MB = 400;

/** What `work` returned, with the browser's memory and the page's long tasks while it ran. */
export interface ProbedWork<T> {
  result: T;
  memory: MemoryPeak;
  longTasks: LongTaskSummary;
}

const UNMEASURED_MEMORY: MemoryPeak = {
  baselineMB: Number.NaN,
  peakMB: Number.NaN,
  peakOverBaselineMB: Number.NaN,
  samples: 0,
  meanSampleCpuMs: 0,
  meanIntervalMs: 0,
  source: 'none (Chromium process not found)',
};

/**
 * Runs `work` between the memory sampler (the whole Chromium process tree of `browserPid`) and
 * the long-task probe on `page`, both started just before it and stopped just after.
 */
export async function probeWork<T>(
  page: Page,
  browserPid: number | undefined,
  work: () => Promise<T>,
): Promise<ProbedWork<T>> {
  const longTasks = await startLongTaskProbe(page);
  const sampler = browserPid === undefined ? null : MemorySampler.start(browserPid);
  try {
    const result = await work();
    const memory = sampler ? await sampler.stop() : UNMEASURED_MEMORY;
    return { result, memory, longTasks: await longTasks.stop() };
  } finally {
    await sampler?.stop();
  }
}

/**
 * Figures over several probed runs, each the worst run's: peak memory of the Chromium processes
 * (total, and over the baseline just before the work) and main-thread long tasks.
 */
export function probeFigures(runs: readonly ProbedWork<unknown>[]): Record<string, number> {
  const memory = runs.map((run) => run.memory);
  return {
    peakMemoryMB: maximum(memory.map((peak) => peak.peakMB)),
    baselineMemoryMB: maximum(memory.map((peak) => peak.baselineMB)),
    peakOverBaselineMB: maximum(memory.map((peak) => peak.peakOverBaselineMB)),
    longestMainThreadTaskMs: maximum(runs.map((run) => run.longTasks.longestMs)),
    mainThreadTasksOver100Ms: maximum(runs.map((run) => run.longTasks.overLimitCount)),
  };
}

/** Targets on {@link probeFigures}: memory added by the work, and no long main-thread task. */
export const PROBE_TARGETS: readonly Target[] = [
  { figure: 'peakOverBaselineMB', atMost: PEAK_MEMORY_LIMIT_MB },
  { figure: 'longestMainThreadTaskMs', atMost: LONG_TASK_LIMIT_MS },
];

/** Notes saying how the probe figures were taken. */
export function probeNotes(runs: readonly ProbedWork<unknown>[]): Record<string, string> {
  const first = runs[0]?.memory ?? UNMEASURED_MEMORY;
  const samples = runs.map((run) => run.memory.samples).join(', ');
  return {
    memory:
      `${first.source} summed over the Chromium browser process and all its descendants, ` +
      `sampled during the work (${samples} samples a run; first run: one every ` +
      `${first.meanIntervalMs.toFixed(0)} ms, each read in ${first.meanSampleCpuMs.toFixed(0)} ms of CPU); ` +
      'baseline = just before the work; worst run',
    longTasks:
      'PerformanceObserver longtask (buffered) on the page during the work; 0 = none over 50 ms; ' +
      'worst run',
  };
}
