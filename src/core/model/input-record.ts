import { parseBooleanCell, parseNumberCell } from '../data/cell-values';
import type { Frame, FrameColumn } from '../data/frame';
import type { CategoryInput, NumberInput, Signature, SignatureInput } from './signature';

/** One item as a person or a file gives it: column name → raw value. */
export type RawInput = Record<string, string | number | boolean | null | undefined>;

/** A problem with one field, phrased for the person who typed it. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** A parsed item: its one-row frame and what to tell the person about fields priced with care. */
export type ParsedInput =
  { ok: true; frame: Frame; notes: FieldIssue[] } | { ok: false; issues: FieldIssue[] };

/**
 * Checks one item against the signature and turns it into a one-row frame, as bulk pricing
 * reads a row. Numbers must be finite and booleans yes or no; otherwise the field has an issue
 * and nothing is priced. A blank number or category is priced as missing (the model learned
 * what to do with missing values), a number outside the training range as the model clips it,
 * and a level not seen in training through the unknown slot, each with a note; levels match
 * case-insensitively. An item with every field blank is not priced.
 */
export function parseInputRecord(signature: Signature, raw: RawInput): ParsedInput {
  const columns: Record<string, FrameColumn> = {};
  const issues: FieldIssue[] = [];
  const notes: FieldIssue[] = [];
  for (const input of signature.inputs) {
    const result = readField(input, raw[input.name]);
    if (typeof result === 'string') issues.push({ field: input.name, message: result });
    else {
      columns[input.name] = result.column;
      if (result.note) notes.push({ field: input.name, message: result.note });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const blank = notes.filter((note) => note.message === BLANK_NOTE).length;
  if (signature.inputs.length > 0 && blank === signature.inputs.length) {
    const field = signature.inputs[0]!.name;
    return { ok: false, issues: [{ field, message: 'Enter at least one value to price.' }] };
  }
  return { ok: true, frame: { rowCount: 1, columns }, notes };
}

/** The note on a blank field. */
export const BLANK_NOTE = 'Left blank: priced as unknown.';

interface ReadField {
  column: FrameColumn;
  note: string | null;
}

/** The column for one field (with a note when priced with care), or what is wrong with it. */
function readField(input: SignatureInput, value: RawInput[string]): ReadField | string {
  const text = value === null || value === undefined ? '' : String(value).trim();
  if (input.type === 'boolean') {
    const parsed = typeof value === 'boolean' ? value : parseBooleanCell(text);
    if (parsed === null) return `Choose yes or no for ${input.name}.`;
    return { column: { kind: 'boolean', values: Float64Array.of(parsed ? 1 : 0) }, note: null };
  }
  if (input.type === 'category') return readLevel(input, text);
  const number = typeof value === 'number' ? value : text === '' ? null : parseNumberCell(text);
  if (number === null) {
    return { column: { kind: 'number', values: Float64Array.of(NaN) }, note: BLANK_NOTE };
  }
  if (Number.isNaN(number)) return `"${text}" is not a number.`;
  if (!Number.isFinite(number)) return `${input.name} must be a finite number.`;
  return {
    column: { kind: 'number', values: Float64Array.of(number) },
    note: rangeNote(input, number),
  };
}

function readLevel(input: CategoryInput, text: string): ReadField {
  if (text === '') return { column: { kind: 'category', values: [null] }, note: BLANK_NOTE };
  const level = input.levels.includes(text) ? text : levelIgnoringCase(input.levels, text);
  const note =
    level === undefined
      ? `"${text}" was not seen in training: priced as an unknown ${input.name}.`
      : null;
  return { column: { kind: 'category', values: [level ?? text] }, note };
}

function levelIgnoringCase(levels: readonly string[], text: string): string | undefined {
  const lower = text.toLowerCase();
  return levels.find((level) => level.toLowerCase() === lower);
}

function rangeNote(input: NumberInput, value: number): string | null {
  if (value >= input.min && value <= input.max) return null;
  return `${value} is outside the range seen in training (${input.min} to ${input.max}): priced as the model clips it, so less surely.`;
}
