import type { IngestProgress } from '../../core/data/ingest';
import type { IngestPhase, IngestProgressEvent } from './dataset-api';

/** Turns ingest progress into events with rows/s and MB/s; the callback is not awaited. */
export class IngestMeter {
  private readonly startedMs = performance.now();
  private last: IngestProgress = { bytesRead: 0, rowsRead: 0 };

  constructor(
    private readonly runId: string,
    private readonly totalBytes: number,
    private readonly onProgress: (event: IngestProgressEvent) => void,
  ) {}

  elapsedMs(): number {
    return performance.now() - this.startedMs;
  }

  /** Bytes and rows read so far (already throttled by the ingest). */
  reading(progress: IngestProgress): void {
    this.last = progress;
    this.send('reading');
  }

  /** A phase change after reading: profiling, then saving. */
  phase(phase: IngestPhase): void {
    this.send(phase);
  }

  private send(phase: IngestPhase): void {
    const elapsedMs = this.elapsedMs();
    const perSecond = (count: number) => (elapsedMs > 0 ? (count / elapsedMs) * 1000 : 0);
    void Promise.resolve(
      this.onProgress({
        runId: this.runId,
        phase,
        bytesRead: this.last.bytesRead,
        totalBytes: this.totalBytes,
        rowsRead: this.last.rowsRead,
        elapsedMs,
        rowsPerSecond: perSecond(this.last.rowsRead),
        megabytesPerSecond: perSecond(this.last.bytesRead / 2 ** 20),
      }),
    ).catch(() => undefined);
  }
}
