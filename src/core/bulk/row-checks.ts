import { parseBooleanCell, parseNumberCell } from '../data/cell-values';
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
export type ColumnStore = Float64Array | string[];

/** What checking one row found: why it cannot be priced, or what to note about its price. */
export interface RowCheck {
  error: string | null;
  note: string | null;
}

/** Plain decimals (`0.23`, `-5`, `61`) skip the full cell parser: most cells are like this. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** Empty stores for `capacity` rows, one per planned input (Float64Array, or string[] for levels). */
export function createColumnStores(plan: ScoringPlan, capacity: number): ColumnStore[] {
  return plan.inputs.map(({ input }) =>
    input.type === 'category' ? new Array<string>(capacity) : new Float64Array(capacity),
  );
}

/**
 * Checks rows for bulk pricing. A row is an error (kept, not priced) when it is blank, has a
 * different number of cells than the header, or lacks a value (or a number, or a yes/no) for an
 * input; the reason names the column and the value. A number outside the training range is
 * priced (preprocessing clips it) with a note; an unseen category level is priced through the
 * unknown slot with a note. Category levels match case-insensitively.
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
  const notes: string[] = [];
  for (let j = 0; j < plan.inputs.length; j++) {
    const planned = plan.inputs[j]!;
    const issue = readCell(planned, row[planned.column]!, { store: stores[j]!, at, notes });
    if (issue !== null) (issues ??= []).push(issue);
  }
  if (issues !== null) {
    return {
      error: isEmptyRow(row) ? 'Empty row: nothing to price.' : issues.join('; '),
      note: null,
    };
  }
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
}

/** Writes one cell's value into its column at `target.at`; returns the issue that stops the row. */
function readCell(planned: PlannedInput, raw: string, target: CellTarget): string | null {
  const { input, columnName } = planned;
  if (input.type === 'number' && PLAIN_DECIMAL.test(raw)) {
    return writeNumber(planned, Number(raw), target);
  }
  const text = raw.trim();
  if (text === '') return `${columnName}: no value`;
  if (input.type === 'category') {
    const level = planned.levels?.get(text) ?? planned.levels?.get(text.toLowerCase());
    if (level === undefined) {
      target.notes.push(
        `${columnName} "${text}" was not seen in training: priced as an unknown ${input.name}`,
      );
    }
    (target.store as string[])[target.at] = level ?? text;
    return null;
  }
  if (input.type === 'boolean') {
    const value = parseBooleanCell(text);
    if (value === null) return `${columnName}: "${text}" is not yes or no`;
    (target.store as Float64Array)[target.at] = Number(value);
    return null;
  }
  const value = parseNumberCell(text);
  if (value === null) return `${columnName}: no value ("${text}")`;
  if (Number.isNaN(value)) return `${columnName}: "${text}" is not a number`;
  if (!Number.isFinite(value)) return `${columnName}: "${text}" is not a finite number`;
  return writeNumber(planned, value, target);
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
        ? { kind: 'category', values: (store as string[]).slice(0, rowCount) }
        : { kind: input.type, values: (store as Float64Array).slice(0, rowCount) };
  });
  return { rowCount, columns };
}
