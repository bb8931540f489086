import { isBooleanWord, isMissingCell, parseNumberCell } from './cell-values';

/** The kinds of column Estimo recognises in a pricing table. */
export type ColumnType = 'number' | 'category' | 'boolean' | 'date' | 'id' | 'text';

/** Share of non-missing cells that must agree before a column takes a type. */
const AGREEMENT = 0.95;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?/;
const ID_NAME = /(^|[_\s])(id|index|uuid|key)$|^unnamed/i;
/** At most this many distinct values (or this share of rows) still reads as a category. */
const MAX_CATEGORY_LEVELS = 1000;
/** A name like `model_key` makes a text column an id only past this many distinct values. */
const MIN_NAMED_ID_LEVELS = 50;

/**
 * Infers the type of a column from its raw cells and its name. Missing placeholders are ignored;
 * a column with no values at all is a category (all missing), which later stages report.
 */
export function inferColumnType(name: string, cells: readonly string[]): ColumnType {
  const present = cells.filter((cell) => !isMissingCell(cell));
  if (present.length === 0) return 'category';
  if (share(present, isBooleanWord) >= AGREEMENT) return 'boolean';
  const distinct = new Set(present).size;
  const isUnique = distinct === present.length && present.length >= 20;
  if (share(present, isNumberText) >= AGREEMENT) {
    return isUnique && (ID_NAME.test(name) || isConsecutiveIntegers(present)) ? 'id' : 'number';
  }
  if (share(present, (cell) => ISO_DATE.test(cell.trim())) >= AGREEMENT) return 'date';
  if (isUnique || (ID_NAME.test(name) && distinct > MIN_NAMED_ID_LEVELS)) {
    return isLongText(present) ? 'text' : 'id';
  }
  if (distinct > MAX_CATEGORY_LEVELS || distinct > present.length * 0.5) {
    return isLongText(present) ? 'text' : 'id';
  }
  return 'category';
}

function isNumberText(cell: string): boolean {
  const value = parseNumberCell(cell);
  return value !== null && !Number.isNaN(value);
}

function share(cells: readonly string[], test: (cell: string) => boolean): number {
  let hits = 0;
  for (const cell of cells) if (test(cell)) hits++;
  return hits / cells.length;
}

/** Row numbers written out as a column (0, 1, 2, … in order) are an index, not a feature. */
function isConsecutiveIntegers(cells: readonly string[]): boolean {
  for (let i = 1; i < cells.length; i++) {
    if (Number(cells[i]) - Number(cells[i - 1]) !== 1) return false;
  }
  return true;
}

function isLongText(cells: readonly string[]): boolean {
  const total = cells.reduce((sum, cell) => sum + cell.length, 0);
  return total / cells.length > 40;
}
