import type { RowIssue } from '../../worker/ml/api';

/**
 * Bulk numbers data rows from 1, under the header row, wherever a person sees a row number: the
 * previews' "Row" column and the lists of rows not priced or priced with a note. The worker's
 * `RowIssue.row` is already counted that way, so a message's row is the preview's row.
 */
export const FIRST_DATA_ROW = 1;

/** Heading of the previews' row-number column. */
export const ROW_NUMBER_HEADING = 'Row';

/** What the row numbers count, for hints beside them. */
export const ROW_NUMBER_HINT = 'Data rows are counted from 1, under the header row.';

/** The row number of the preview row at `index` (0-based): the first data row is row 1. */
export function previewRowNumber(index: number): number {
  return FIRST_DATA_ROW + index;
}

/** `Row 14: Carat: "abc" is not a number`. */
export function describeRowIssue(issue: RowIssue): string {
  return `Row ${issue.row}: ${issue.message}`;
}
