/**
 * How one shared prediction went: rows this thread scored, its tree time, the rows each helper
 * scored and the slowest helper's compute time, and how long this thread then waited for them.
 */
export interface ShareSample {
  rows: number;
  localRows: number;
  localMs: number;
  rowsPerHelper: number;
  helperMs: number;
  waitedMs: number;
  /** From this call's start to the next call's start: everything this thread did meanwhile. */
  cycleMs: number;
}

/** Per-row costs learnt from samples, in milliseconds; NaN until measured. */
export interface ShareCosts {
  /** Tree time per row on this thread. */
  local: number;
  /** Tree time per row on one helper. */
  helper: number;
  /** This thread's other work per row of a call (reading, other members, writing). */
  other: number;
}

export const UNKNOWN_COSTS: ShareCosts = { local: NaN, helper: NaN, other: NaN };

/** Weight of a new sample against what was learnt. */
const LEARNING_RATE = 0.5;
/** A cycle longer than this saw the thread idle or busy elsewhere: its "other work" is not learnt. */
const LONGEST_CYCLE_MS = 2000;
/** Helpers always get some rows, so their speed keeps being measured. */
const MOST_LOCAL_SHARE = 0.9;

/**
 * The share of rows this thread should score itself so that it and `helpers` helpers finish
 * together: x·local + other = (1 − x)·helper / helpers, clamped to [0, 0.9]. A thread not yet
 * measured counts as fast as the other one, and unknown other work as none.
 */
export function balancedLocalShare(costs: ShareCosts, helpers: number): number {
  const local = Number.isNaN(costs.local) ? costs.helper : costs.local;
  const helper = Number.isNaN(costs.helper) ? local : costs.helper;
  if (Number.isNaN(local)) return 1 / (helpers + 1);
  const other = Number.isNaN(costs.other) ? 0 : costs.other;
  const helperRate = helper / helpers;
  const share = (helperRate - other) / (local + helperRate);
  return Math.min(MOST_LOCAL_SHARE, Math.max(0, share));
}

/** Folds `sample` into `costs`; costs with no rows to measure them stay as they were. */
export function learnCosts(costs: ShareCosts, sample: ShareSample): ShareCosts {
  const blend = (old: number, next: number) =>
    Number.isNaN(old) ? next : old + LEARNING_RATE * (next - old);
  const next = { ...costs };
  if (sample.localRows > 0) next.local = blend(costs.local, sample.localMs / sample.localRows);
  if (sample.rowsPerHelper > 0)
    next.helper = blend(costs.helper, sample.helperMs / sample.rowsPerHelper);
  if (sample.rows > 0 && sample.cycleMs <= LONGEST_CYCLE_MS) {
    const otherMs = Math.max(0, sample.cycleMs - sample.localMs - sample.waitedMs);
    next.other = blend(costs.other, otherMs / sample.rows);
  }
  return next;
}
