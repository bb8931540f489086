import { parseNumberCell } from '../data/cell-values';
import type { SignatureInput } from '../model/signature';

/**
 * Which column of the file feeds each model input: input name → 0-based column index in the
 * file's header, or null when no column does (yet).
 */
export type ColumnMapping = Record<string, number | null>;

/** A column name reduced for matching: case, spaces, punctuation and symbols are ignored. */
export function normaliseColumnName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * Matches the file's header to the model inputs by normalised name (`" Carat "`, `CARAT` and
 * `carat.` all feed `carat`). When two columns normalise alike, the first one is used and the other
 * passes through untouched.
 */
export function matchColumns(
  header: readonly string[],
  inputs: readonly SignatureInput[],
): ColumnMapping {
  const firstByName = new Map<string, number>();
  header.forEach((name, index) => {
    const key = normaliseColumnName(name);
    if (key !== '' && !firstByName.has(key)) firstByName.set(key, index);
  });
  return Object.fromEntries(
    inputs.map((input) => [input.name, firstByName.get(normaliseColumnName(input.name)) ?? null]),
  );
}

/** Inputs no column feeds, in signature order: scoring cannot start until this is empty. */
export function missingInputs(mapping: ColumnMapping, inputs: readonly SignatureInput[]): string[] {
  return inputs
    .filter((input) => {
      const index = mapping[input.name];
      return index === null || index === undefined;
    })
    .map((input) => input.name);
}

/** Checks that every mapped index points inside a header of `width` columns. */
export function isMappingInside(mapping: ColumnMapping, width: number): boolean {
  return Object.values(mapping).every(
    (index) => index === null || (Number.isInteger(index) && index >= 0 && index < width),
  );
}

/**
 * A message when the first row looks like data rather than column names: no name matches an
 * input and at least half of its cells read as values (numbers, or levels the model knows).
 * Null when the header looks like a header.
 */
export function describeHeaderlessFile(
  header: readonly string[],
  inputs: readonly SignatureInput[],
): string | null {
  const mapping = matchColumns(header, inputs);
  if (Object.values(mapping).some((index) => index !== null)) return null;
  const levels = new Set(
    inputs
      .flatMap((input) => (input.type === 'category' ? input.levels : []))
      .map((level) => level.toLowerCase()),
  );
  const isValue = (cell: string) =>
    Number.isFinite(parseNumberCell(cell) ?? Number.NaN) || levels.has(cell.trim().toLowerCase());
  const filled = header.filter((cell) => cell.trim() !== '');
  if (filled.length === 0 || filled.filter(isValue).length * 2 < filled.length) return null;
  const shown = header
    .slice(0, 4)
    .map((cell) => JSON.stringify(cell))
    .join(', ');
  const names = inputs.map((input) => input.name).join(', ');
  return (
    `The first row (${shown}${header.length > 4 ? ', …' : ''}) looks like data, not column ` +
    `names. Add a header row naming the columns: ${names}.`
  );
}
