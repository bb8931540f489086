import type { BulkProgress } from './bulk-api';

/** Progress events are sent at most this often (plus one at the end). */
export const PROGRESS_INTERVAL_MS = 200;

/** Counts a meter is told about. */
export interface ProgressCounts {
  rows: number;
  scored: number;
  errors: number;
}

/**
 * Turns counts into throttled progress events with rows/s and an ETA from the share of the file
 * read. The callback is not awaited: with comlink it is a message to the page, and a slow page must
 * not slow the run.
 */
export class ProgressMeter {
  private readonly startedMs = performance.now();
  private lastSentMs = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly runId: string,
    private readonly onProgress: (progress: BulkProgress) => void,
  ) {}

  elapsedMs(): number {
    return performance.now() - this.startedMs;
  }

  /** Sends an event if ~200 ms passed since the last one, or always when `isFinal`. */
  report(counts: ProgressCounts, fraction: number, isFinal = false): void {
    const nowMs = performance.now();
    if (!isFinal && nowMs - this.lastSentMs < PROGRESS_INTERVAL_MS) return;
    this.lastSentMs = nowMs;
    const elapsedMs = nowMs - this.startedMs;
    const share = Math.min(1, Math.max(0, fraction));
    const rowsPerSecond = elapsedMs > 0 ? (counts.rows / elapsedMs) * 1000 : 0;
    const etaMs =
      share > 0 && share < 1 ? (elapsedMs * (1 - share)) / share : share >= 1 ? 0 : null;
    void Promise.resolve(
      this.onProgress({
        runId: this.runId,
        rowsDone: counts.rows,
        rowsScored: counts.scored,
        rowsWithErrors: counts.errors,
        fraction: share,
        elapsedMs,
        rowsPerSecond,
        etaMs,
      }),
    ).catch(() => undefined);
  }
}
