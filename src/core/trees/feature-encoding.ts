import { AppError } from '../../lib/errors';
import type { Frame, FrameColumn } from '../data/frame';
import { MAX_CATEGORY_CODES, MISSING_CODE, OTHER_CODE, type FeatureColumn } from './binning';

/** Most category levels kept by name; the rest share the "other" code. */
export const MAX_CATEGORY_LEVELS = MAX_CATEGORY_CODES - 2;

/**
 * How a tree model reads one frame column. Numbers and booleans are read as they are; a
 * category level maps to code index + 2 in `levels`, null to the missing code, anything else
 * (rare or never seen in training) to the "other" code.
 */
export type TreeFeatureEncoding =
  | { name: string; kind: 'number' | 'boolean' }
  | { name: string; kind: 'category'; levels: string[] };

/**
 * Fits the encoding of each feature on the training rows `fitRows`: category levels with at
 * least `minCategoryRows` rows there, most frequent first (ties by name), at most
 * {@link MAX_CATEGORY_LEVELS} of them.
 */
export function fitFeatureEncodings(
  frame: Frame,
  features: readonly string[],
  fitRows: Int32Array,
  minCategoryRows: number,
): TreeFeatureEncoding[] {
  return features.map((name) => {
    const column = columnOf(frame, name);
    if (column.kind !== 'category') return { name, kind: column.kind };
    const counts = new Map<string, number>();
    for (const row of fitRows) {
      const level = column.values[row];
      if (level !== null && level !== undefined) counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    const levels = [...counts]
      .filter(([, count]) => count >= minCategoryRows)
      .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, MAX_CATEGORY_LEVELS)
      .map(([level]) => level);
    return { name, kind: 'category', levels };
  });
}

/** The learner's input columns for `frame` under `encodings` (numbers shared, not copied). */
export function encodeFrame(
  encodings: readonly TreeFeatureEncoding[],
  frame: Frame,
): FeatureColumn[] {
  return encodings.map((encoding) => {
    const column = columnOf(frame, encoding.name);
    if (encoding.kind !== 'category') {
      if (column.kind === 'category') throw kindMismatch(encoding.name, encoding.kind, column.kind);
      return { kind: 'number', values: column.values };
    }
    if (column.kind !== 'category') throw kindMismatch(encoding.name, 'category', column.kind);
    const codeOf = new Map(encoding.levels.map((level, i) => [level, i + 2]));
    const codes = new Uint8Array(column.values.length);
    column.values.forEach((level, row) => {
      codes[row] = level === null ? MISSING_CODE : (codeOf.get(level) ?? OTHER_CODE);
    });
    return { kind: 'category', codes, codeCount: encoding.levels.length + 2 };
  });
}

function columnOf(frame: Frame, name: string): FrameColumn {
  const column = frame.columns[name];
  if (!column) throw new AppError('SCHEMA_MISMATCH', `The data has no column "${name}".`);
  return column;
}

function kindMismatch(name: string, expected: string, actual: string): AppError {
  return new AppError(
    'SCHEMA_MISMATCH',
    `Column "${name}" holds ${actual} values; the model reads ${expected}.`,
  );
}
