/** A number as spreadsheets read it: `-5`, `+1.5`, `-1,5` (decimal comma), `1e-3`. */
const NUMBER_TEXT = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;

/**
 * Characters that make a spreadsheet read a text cell as a formula (or, for tab and carriage
 * return, that some importers strip before doing so), by char code. OWASP "CSV injection".
 */
function isTrigger(code: number): boolean {
  return code === 61 || code === 43 || code === 45 || code === 64 || code === 9 || code === 13;
}

const isSpace = (code: number): boolean => code === 32 || code === 160 || code === 10;

/** True when a spreadsheet opening this cell might run it as a formula. */
export function isFormulaRisk(cell: string): boolean {
  const first = cell.charCodeAt(0);
  if (!isTrigger(first) && !isSpace(first)) return false;
  if (!isTrigger(first) && !isTrigger(cell.trimStart().charCodeAt(0))) return false;
  return !NUMBER_TEXT.test(cell.trim());
}

/**
 * Makes a text cell safe to open in a spreadsheet: a cell that would run as a formula (starts
 * with `=`, `+`, `-`, `@`, tab or CR, even after spaces) gets a leading single quote, so it shows
 * as the text it is. Numbers such as `-5` or `-1.5` stay numbers; other cells are unchanged.
 */
export function escapeFormula(cell: string): string {
  return isFormulaRisk(cell) ? `'${cell}` : cell;
}
