/**
 * Test support for the golden comparisons: how far `actual` is from SciPy's `expected`. Null when
 * within `relative` (relative error) or within `absolute` (for values SciPy rounds to 0, or
 * values near 0); else a message giving both numbers.
 */
export function mismatch(
  actual: number,
  expected: number,
  relative: number,
  absolute = 0,
): string | null {
  if (expected === actual) return null;
  const error = Math.abs(actual - expected);
  const allowed = Math.max(relative * Math.abs(expected), absolute);
  return error <= allowed ? null : `got ${actual}, SciPy ${expected} (error ${error} > ${allowed})`;
}
