import { parseBooleanCell, parseNumberCell } from '../data/cell-values';
import type { Frame, FrameColumn } from '../data/frame';
import type { NumberInput, Signature, SignatureInput } from './signature';

/** One item as a person or a file gives it: column name → raw value. */
export type RawInput = Record<string, string | number | boolean | null | undefined>;

/** A problem with one field, phrased for the person who typed it. */
export interface FieldIssue {
  field: string;
  message: string;
}

export type ParsedInput = { ok: true; frame: Frame } | { ok: false; issues: FieldIssue[] };

/**
 * Checks one item against the signature and turns it into a one-row frame. Every input must be
 * present; numbers must be finite and inside the training range; levels must have been seen in
 * training. All problems are returned at once, one per field.
 */
export function parseInputRecord(signature: Signature, raw: RawInput): ParsedInput {
  const columns: Record<string, FrameColumn> = {};
  const issues: FieldIssue[] = [];
  for (const input of signature.inputs) {
    const result = readField(input, raw[input.name]);
    if (typeof result === 'string') issues.push({ field: input.name, message: result });
    else columns[input.name] = result;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, frame: { rowCount: 1, columns } };
}

/** The column for one field, or the message saying what is wrong with it. */
function readField(input: SignatureInput, value: RawInput[string]): FrameColumn | string {
  const text = value === null || value === undefined ? '' : String(value).trim();
  if (input.type === 'boolean') {
    const parsed = typeof value === 'boolean' ? value : parseBooleanCell(text);
    if (parsed === null) return `Choose yes or no for ${input.name}.`;
    return { kind: 'boolean', values: Float64Array.of(parsed ? 1 : 0) };
  }
  if (text === '') return `Enter a value for ${input.name}.`;
  if (input.type === 'category') {
    if (!input.levels.includes(text)) return `"${text}" is not a ${input.name} seen in training.`;
    return { kind: 'category', values: [text] };
  }
  const number = typeof value === 'number' ? value : parseNumberCell(text);
  if (number === null || Number.isNaN(number)) return `"${text}" is not a number.`;
  if (!Number.isFinite(number)) return `${input.name} must be a finite number.`;
  const rangeIssue = checkRange(input, number);
  return rangeIssue ?? { kind: 'number', values: Float64Array.of(number) };
}

function checkRange(input: NumberInput, value: number): string | null {
  if (value >= input.min && value <= input.max) return null;
  return `${value} is outside the range seen in training (${input.min} to ${input.max}).`;
}
