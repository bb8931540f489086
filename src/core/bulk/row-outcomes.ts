import type { Estimates } from '../model/price-estimator';
import type { RowOutcome } from './output-columns';
import type { CheckedRows } from './row-checks';

/** The reason given when the model answers a row with NaN, infinity or a negative price. */
export const UNPRICEABLE_ROW = 'The model could not price this row.';

/**
 * Joins checked rows with the estimates for their scorable rows (`estimates.values[k]` prices
 * chunk row `checked.scorable[k]`). A price that is not a finite, non-negative number becomes an
 * error: a NaN is never written as a price.
 */
export function rowOutcomes(checked: CheckedRows, estimates: Estimates): RowOutcome[] {
  const outcomes: RowOutcome[] = checked.errors.map((error, i) => ({
    value: null,
    low: null,
    high: null,
    error,
    note: error === null ? checked.notes[i]! : null,
  }));
  checked.scorable.forEach((row, k) => {
    const value = estimates.values[k]!;
    const outcome = outcomes[row]!;
    if (!Number.isFinite(value) || value < 0) {
      outcome.error = UNPRICEABLE_ROW;
      outcome.note = null;
      return;
    }
    outcome.value = value;
    outcome.low = Math.max(0, estimates.low[k]!);
    outcome.high = estimates.high[k]!;
  });
  return outcomes;
}
