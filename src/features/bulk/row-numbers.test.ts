import { describe, expect, it } from 'vitest';
import { describeRowIssue, previewRowNumber, ROW_NUMBER_HEADING } from './row-numbers';

describe('bulk row numbers', () => {
  it('numbers preview rows from 1, as the issue lists do', () => {
    expect(ROW_NUMBER_HEADING).toBe('Row');
    expect([0, 1, 2, 13].map(previewRowNumber)).toEqual([1, 2, 3, 14]);
  });

  it('names the same row in an issue as in the preview', () => {
    const issue = { row: 14, message: 'Carat: "abc" is not a number' };
    expect(describeRowIssue(issue)).toBe('Row 14: Carat: "abc" is not a number');
    expect(describeRowIssue(issue)).toBe(`Row ${previewRowNumber(13)}: ${issue.message}`);
  });
});
