import { columnLength, type FeatureColumn } from './binning';
import type { TreeEnsemble } from './ensemble';
import { predictEnsemble } from './predict';
import {
  balancedLocalShare,
  learnCosts,
  UNKNOWN_COSTS,
  type ShareCosts,
  type ShareSample,
} from './share-balance';

/** Another thread holding a copy of one ensemble. */
export interface EnsembleHelper {
  /** `predictEnsemble` there; the columns may be transferred (unusable here afterwards). */
  predict(columns: FeatureColumn[]): Promise<{ values: Float64Array; computeMs: number }>;
}

/** Helpers holding one ensemble, until released. */
export interface AttachedHelpers {
  helpers: EnsembleHelper[];
  release(): void;
}

/** Where helpers come from: threads that load an ensemble and score rows of it. */
export interface EnsembleHelpers {
  attach(ensemble: TreeEnsemble): Promise<AttachedHelpers>;
}

const NOTHING = { values: new Float64Array(0), computeMs: 0 };

/** Fewer rows than this are scored on this thread alone: sharing would cost more than it saves. */
export const MIN_SHARED_ROWS = 4096;

/**
 * Predicts an ensemble on this thread and helper threads together: big calls are split by
 * rows, the helpers' parts sent first, this thread's part scored meanwhile. The split follows
 * measured speeds, including the other work this thread does between calls, so all finish
 * together. Results equal {@link predictEnsemble}'s exactly. A failing helper is dropped and its
 * rows scored here.
 */
export class SharedEnsemblePredictor {
  private costs: ShareCosts = UNKNOWN_COSTS;
  /** The last finished call, learnt from at the next call (when its cycle is known). */
  private pending: Omit<ShareSample, 'cycleMs'> | null = null;
  private lastBegin = NaN;

  constructor(
    private readonly ensemble: TreeEnsemble,
    private helpers: EnsembleHelper[],
  ) {}

  /** Adds helpers (from then on, big calls are shared with them). */
  addHelpers(helpers: EnsembleHelper[]): void {
    this.helpers = [...this.helpers, ...helpers];
  }

  /** Threads taking part in big calls, this one included. */
  get threads(): number {
    return 1 + this.helpers.length;
  }

  /** Predicts `columns` (see {@link begin}). */
  predict(columns: readonly FeatureColumn[]): Promise<Float64Array> {
    return this.begin(columns)();
  }

  /**
   * Sends the helpers their rows and scores this thread's rows now; the returned function
   * collects the helpers' results. Do this thread's other work before calling it: the time spent
   * in it counts as waiting, which the split learns to avoid.
   */
  begin(columns: readonly FeatureColumn[]): () => Promise<Float64Array> {
    const rows = columnLength(columns[0]);
    const helpers = this.helpers;
    if (rows < MIN_SHARED_ROWS || helpers.length === 0) {
      const values = predictEnsemble(this.ensemble, columns);
      return () => Promise.resolve(values);
    }
    this.learnCycle(performance.now());
    const localRows = Math.round(rows * balancedLocalShare(this.costs, helpers.length));
    const rowsPerHelper = Math.ceil((rows - localRows) / helpers.length);
    const parts = helpers.map((helper, k) => {
      const start = Math.min(rows, localRows + k * rowsPerHelper);
      const end = Math.min(rows, start + rowsPerHelper);
      const result =
        end > start ? helper.predict(copyRows(columns, start, end)) : Promise.resolve(NOTHING);
      return { start, end, result };
    });
    const output = new Float64Array(rows);
    const localStart = performance.now();
    output.set(predictEnsemble(this.ensemble, viewRows(columns, 0, localRows)));
    const localMs = performance.now() - localStart;
    return async () => {
      const waitStart = performance.now();
      let helperMs = 0;
      for (const part of parts) {
        try {
          const { values, computeMs } = await part.result;
          output.set(values, part.start);
          helperMs = Math.max(helperMs, computeMs);
        } catch {
          this.helpers = [];
          const local = predictEnsemble(this.ensemble, viewRows(columns, part.start, part.end));
          output.set(local, part.start);
        }
      }
      const waitedMs = performance.now() - waitStart;
      this.pending = { rows, localRows, localMs, rowsPerHelper, helperMs, waitedMs };
      return output;
    };
  }

  /**
   * Learns from the last finished call, with the time since the previous call began as its
   * cycle. Calls may overlap (one begins before the one before it finishes), so the sample can
   * be a call older than the cycle: in a steady stream the two match.
   */
  private learnCycle(now: number): void {
    const cycleMs = now - this.lastBegin;
    this.lastBegin = now;
    if (!this.pending || Number.isNaN(cycleMs)) return;
    this.costs = learnCosts(this.costs, { ...this.pending, cycleMs });
    this.pending = null;
  }
}

/** Rows [start, end) of every column as views (no copy). */
function viewRows(columns: readonly FeatureColumn[], start: number, end: number): FeatureColumn[] {
  return columns.map((column) =>
    column.kind === 'number'
      ? { kind: 'number', values: column.values.subarray(start, end) }
      : { kind: 'category', codes: column.codes.subarray(start, end), codeCount: column.codeCount },
  );
}

/** Rows [start, end) of every column as copies of their own, fit to send to another thread. */
function copyRows(columns: readonly FeatureColumn[], start: number, end: number): FeatureColumn[] {
  return columns.map((column) =>
    column.kind === 'number'
      ? { kind: 'number', values: column.values.slice(start, end) }
      : { kind: 'category', codes: column.codes.slice(start, end), codeCount: column.codeCount },
  );
}
