/**
 * The holdout rule of DESIGN.md: 0-based data row `i` (file order, header excluded) is TEST when
 * `i % 5 == 0` (pandas `df.iloc[::5]`). Validation rows for early stopping come from the training
 * rows: `i % 10 == 3`. Everything else is used to fit.
 */
export function isTestRow(rowIndex: number): boolean {
  return rowIndex % 5 === 0;
}

/** Validation rows (a subset of the non-TEST rows), used for early stopping and calibration. */
export function isValidationRow(rowIndex: number): boolean {
  return rowIndex % 10 === 3;
}

/** Row indices of each part of the split, in file order. */
export interface RowSplit {
  fit: Int32Array;
  validation: Int32Array;
  test: Int32Array;
}

/** Splits `rowCount` rows by the holdout rule, keeping only rows for which `isUsable` holds. */
export function splitRows(
  rowCount: number,
  isUsable: (row: number) => boolean = () => true,
): RowSplit {
  const fit: number[] = [];
  const validation: number[] = [];
  const test: number[] = [];
  for (let i = 0; i < rowCount; i++) {
    if (!isUsable(i)) continue;
    if (isTestRow(i)) test.push(i);
    else if (isValidationRow(i)) validation.push(i);
    else fit.push(i);
  }
  return {
    fit: Int32Array.from(fit),
    validation: Int32Array.from(validation),
    test: Int32Array.from(test),
  };
}
