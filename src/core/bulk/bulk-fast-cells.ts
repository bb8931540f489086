import type { ScannedBytes } from './bulk-records';
import type { ColumnStore } from './row-checks';
import type { ScoringPlan } from './scoring-plan';

/** Digits a decimal may have to be read exactly here (its integer stays below 2^53). */
const MAX_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: MAX_DIGITS + 1 }, (_, k) => 10 ** k);
const MINUS = 45;
const DOT = 46;
const COMMA = 44;

/**
 * The value of bytes `[start, end)` when they are a number of at most 15 digits written the
 * common ways, read as the row checks read it, else NaN (left to them): `-?\d+(\.\d+)?` as
 * `Number` reads it; with a comma, `1,5` as 1.5 (decimal comma) but `1,234` as 1234 (1 to 3
 * digits, a comma, 3 digits: thousands, as `parseNumberCell` reads it). The digits form an exact
 * integer, and dividing it by an exact power of ten rounds once, as parsing the decimal does.
 */
export function readDecimalCell(bytes: Uint8Array, start: number, end: number): number {
  let at = start;
  const isNegative = at < end && bytes[at] === MINUS;
  if (isNegative) at++;
  const digitsStart = at;
  let integer = 0;
  let separatorAt = -1;
  for (; at < end; at++) {
    const code = bytes[at]!;
    if (code >= 48 && code <= 57) integer = integer * 10 + code - 48;
    else if ((code === DOT || code === COMMA) && separatorAt < 0 && at > digitsStart)
      separatorAt = at;
    else return Number.NaN;
  }
  const scale = separatorAt < 0 ? 0 : end - separatorAt - 1;
  const digits = end - digitsStart - (separatorAt < 0 ? 0 : 1);
  if (digits === 0 || (separatorAt >= 0 && scale === 0) || digits > MAX_DIGITS) return Number.NaN;
  const isThousands = bytes[separatorAt] === COMMA && scale === 3 && separatorAt - digitsStart <= 3;
  const value = scale === 0 || isThousands ? integer : integer / POWERS_OF_TEN[scale]!;
  return isNegative ? -value : value;
}

/** A planned input as the fast reader sees it. */
interface FastInput {
  column: number;
  kind: 'number' | 'category' | 'boolean';
  min: number;
  max: number;
  /** Category levels by byte length: UTF-8 bytes and the level as the model knows it. */
  levelsByLength: { bytes: Uint8Array; level: string }[][];
}

function fastInput(planned: ScoringPlan['inputs'][number], encoder: TextEncoder): FastInput {
  const { input, column } = planned;
  const levelsByLength: FastInput['levelsByLength'] = [];
  if (input.type === 'category') {
    // A level with spaces around it (or none at all) never matches a cell as row checks read it.
    for (const level of input.levels.filter((name) => name !== '' && name === name.trim())) {
      const bytes = encoder.encode(level);
      (levelsByLength[bytes.length] ??= []).push({ bytes, level });
    }
  }
  const isNumber = input.type === 'number';
  return {
    column,
    kind: input.type,
    min: isNumber ? input.min : 0,
    max: isNumber ? input.max : 0,
    levelsByLength,
  };
}

function matchLevel(input: FastInput, bytes: Uint8Array, start: number, end: number) {
  const candidates = input.levelsByLength[end - start];
  if (!candidates) return null;
  for (const candidate of candidates) {
    let at = 0;
    while (at < candidate.bytes.length && candidate.bytes[at] === bytes[start + at]) at++;
    if (at === candidate.bytes.length) return candidate.level;
  }
  return null;
}

/**
 * Reads a record's model cells straight from bytes when each is the common case: a decimal
 * (see {@link readDecimalCell}) inside the training range, or a category level spelt exactly as in training. Anything else
 * (a note to make, an error, a yes/no, spaces, another spelling) is left to the row checks.
 */
export class FastCellReader {
  private readonly inputs: FastInput[];

  constructor(plan: ScoringPlan) {
    const encoder = new TextEncoder();
    this.inputs = plan.inputs.map((planned) => fastInput(planned, encoder));
  }

  /** Writes the record's values at `at` of `stores`; false when the row checks must read it. */
  read({ bytes, table }: ScannedBytes, record: number, stores: ColumnStore[], at: number): boolean {
    const firstCell = table.firstCell[record]!;
    for (let j = 0; j < this.inputs.length; j++) {
      const input = this.inputs[j]!;
      const cell = firstCell + input.column;
      const start = table.cellStarts[cell]!;
      const end = table.cellEnds[cell]!;
      if (input.kind === 'number') {
        const value = readDecimalCell(bytes, start, end);
        if (!(value >= input.min && value <= input.max)) return false;
        (stores[j] as Float64Array)[at] = value;
      } else if (input.kind === 'category') {
        const level = matchLevel(input, bytes, start, end);
        if (level === null) return false;
        (stores[j] as string[])[at] = level;
      } else {
        return false;
      }
    }
    return true;
  }
}
