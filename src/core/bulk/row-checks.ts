import { isMissingCell, parseBooleanCell, readNumberCell } from '../data/cell-values';
import type { Frame, FrameColumn } from '../data/frame';
import type { NumberInput } from '../model/signature';
import type { PlannedInput, ScoringPlan } from './scoring-plan';

/** A chunk of rows checked against the plan: a frame of the rows that can be priced. */
export interface CheckedRows {
  /** One row per scorable row, in order (`frame.rowCount === scorable.length`). */
  frame: Frame;
  /** Indices (into the chunk) of the rows in `frame`. */
  scorable: Int32Array;
  /** Per chunk row: why it cannot be priced, or null. */
  errors: (string | null)[];
  /** Per chunk row: what the person should know about a priced row, or null. */
  notes: (string | null)[];
}

/** Per-input storage for the values of scorable rows, filled in place. */
export type ColumnStore = Float64Array | (string | null)[];

/** What checking one row found: why it cannot be priced, or what to note about its price. */
export interface RowCheck {
  error: string | null;
  note: string | null;
}

/** Plain decimals (`0.23`, `-5`, `61`) skip the full cell parser: most cells are like this. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** Empty stores for `capacity` rows, one per planned input (Float64Array, or levels for categories). */
export function createColumnStores(plan: ScoringPlan, capacity: number): ColumnStore[] {
  return plan.inputs.map(({ input }) =>
    input.type === 'category' ? new Array<string | null>(capacity) : new Float64Array(capacity),
  );
}

/**
 * Checks rows for bulk pricing. A row is an error (kept, not priced) when it is blank, has a
 * different number of cells than the header, has a value that is not a number (or not yes/no)
 * for an input, or has no value for any input; the reason names the column and the value. A
 * blank or placeholder cell (`--`, `NA`) is priced as missing, as the model learned to, with a
 * note; so is a number outside the training range (preprocessing clips it) and an unseen
 * category level (the unknown slot). Category levels match case-insensitively.
 */
export function checkRows(plan: ScoringPlan, rows: readonly (readonly string[])[]): CheckedRows {
  const errors: (string | null)[] = new Array<string | null>(rows.length).fill(null);
  const notes: (string | null)[] = new Array<string | null>(rows.length).fill(null);
  const stores = createColumnStores(plan, rows.length);
  const scorable = new Int32Array(rows.length);
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    const check = checkRow(plan, rows[i]!, stores, count);
    errors[i] = check.error;
    notes[i] = check.note;
    if (check.error === null) scorable[count++] = i;
  }
  return { frame: toFrame(plan, stores, count), scorable: scorable.slice(0, count), errors, notes };
}

/**
 * Checks one row as {@link checkRows} does. When the row can be priced, its input values are
 * written at index `at` of `stores` (one store per planned input); otherwise `error` says why.
 */
export function checkRow(
  plan: ScoringPlan,
  row: readonly string[],
  stores: ColumnStore[],
  at: number,
): RowCheck {
  const problem = checkShape(row, plan.width);
  if (problem) return { error: problem, note: null };
  let issues: string[] | null = null;
  const target: CellTarget = { store: stores[0]!, at, notes: [], blanks: 0 };
  for (let j = 0; j < plan.inputs.length; j++) {
    const planned = plan.inputs[j]!;
    target.store = stores[j]!;
    const issue = readCell(planned, row[planned.column]!, target);
    if (issue !== null) (issues ??= []).push(issue);
  }
  if (issues !== null) return { error: issues.join('; '), note: null };
  if (target.blanks === plan.inputs.length && plan.inputs.length > 0) {
    const error = isEmptyRow(row)
      ? 'Empty row: nothing to price.'
      : 'No input of the model has a value: nothing to price.';
    return { error, note: null };
  }
  const { notes } = target;
  return { error: null, note: notes.length > 0 ? notes.join('; ') : null };
}

function checkShape(row: readonly string[], width: number): string | null {
  if (row.length === 1 && row[0] === '' && width > 1) return 'Blank line: nothing to price.';
  if (row.length !== width) {
    const extra =
      row.length > width ? '; cells past the header are kept at the end of the row' : '';
    return `The row has ${row.length} cells but the header has ${width} (a stray separator or quote?)${extra}.`;
  }
  return null;
}

const isEmptyRow = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

interface CellTarget {
  store: ColumnStore;
  at: number;
  notes: string[];
  /** Inputs of the row with no value so far. */
  blanks: number;
}

/** Writes one cell's value into its column at `target.at`; returns the issue that stops the row. */
function readCell(planned: PlannedInput, raw: string, target: CellTarget): string | null {
  const { input, columnName } = planned;
  if (input.type === 'number' && !planned.dotThousands && PLAIN_DECIMAL.test(raw)) {
    return writeNumber(planned, Number(raw), target);
  }
  const text = raw.trim();
  if (text === '') return writeMissing(planned, target, 'no value');
  if (input.type === 'category') {
    const level = planned.levels?.get(text) ?? planned.levels?.get(text.toLowerCase());
    if (level === undefined) {
      target.notes.push(
        `${columnName} "${text}" was not seen in training: priced as an unknown ${input.name}`,
      );
    }
    (target.store as (string | null)[])[target.at] = level ?? text;
    return null;
  }
  if (input.type === 'boolean') {
    const value = parseBooleanCell(text);
    if (value === null && isMissingCell(text)) {
      return writeMissing(planned, target, `no value ("${text}")`);
    }
    if (value === null) return `${columnName}: "${text}" is not yes or no`;
    (target.store as Float64Array)[target.at] = Number(value);
    return null;
  }
  const { value } = readNumberCell(text, planned);
  if (value === null) return writeMissing(planned, target, `no value ("${text}")`);
  if (Number.isNaN(value)) return `${columnName}: "${text}" is not a number`;
  if (!Number.isFinite(value)) return `${columnName}: "${text}" is not a finite number`;
  return writeNumber(planned, value, target);
}

/** A blank or placeholder cell: priced as missing (NaN, or no level), with a note. */
function writeMissing(planned: PlannedInput, target: CellTarget, what: string): null {
  target.notes.push(`${planned.columnName}: ${what}, priced as missing`);
  target.blanks++;
  if (planned.input.type === 'category') (target.store as (string | null)[])[target.at] = null;
  else (target.store as Float64Array)[target.at] = NaN;
  return null;
}

function writeNumber(planned: PlannedInput, value: number, target: CellTarget): null {
  const input = planned.input as NumberInput;
  if (value < input.min || value > input.max) {
    target.notes.push(
      `${planned.columnName} ${value} is outside the training range (${input.min} to ${input.max}): the model clips it`,
    );
  }
  (target.store as Float64Array)[target.at] = value;
  return null;
}

/** The first `rowCount` values of `stores` as a frame keyed by input name. */
export function toFrame(plan: ScoringPlan, stores: ColumnStore[], rowCount: number): Frame {
  const columns: Record<string, FrameColumn> = {};
  plan.inputs.forEach(({ input }, j) => {
    const store = stores[j]!;
    columns[input.name] =
      input.type === 'category'
        ? { kind: 'category', values: (store as (string | null)[]).slice(0, rowCount) }
        : { kind: input.type, values: (store as Float64Array).slice(0, rowCount) };
  });
  return { rowCount, columns };
}
