import type { Frame } from '../data/frame';
import { pickRows, quantileOfSorted, sortedFinite } from '../statistics';

/** A numeric input with the range seen in training. */
export interface NumberInput {
  name: string;
  type: 'number';
  min: number;
  max: number;
  median: number;
  /** True when every training value was a whole number (the form steps by 1). */
  isInteger: boolean;
}

/** A categorical input with the levels seen in training (alphabetical). */
export interface CategoryInput {
  name: string;
  type: 'category';
  levels: string[];
  mostCommon: string;
}

/** A yes/no input. */
export interface BooleanInput {
  name: string;
  type: 'boolean';
  mostCommon: boolean;
}

export type SignatureInput = NumberInput | CategoryInput | BooleanInput;

/** The model's signature: what it takes and what it predicts, as seen in its training rows. */
export interface Signature {
  target: { name: string; min: number; max: number; mean: number };
  inputs: SignatureInput[];
}

/** Describes the inputs and target over the training rows `rows` of `frame`. */
export function buildSignature(
  frame: Frame,
  features: readonly string[],
  target: string,
  rows: Int32Array,
): Signature {
  const targetColumn = frame.columns[target];
  if (!targetColumn || targetColumn.kind !== 'number')
    throw new Error(`Target ${target} is not numeric.`);
  const targetValues = sortedFinite(pickRows(targetColumn.values, rows));
  const targetSum = targetValues.reduce((sum, value) => sum + value, 0);
  return {
    target: {
      name: target,
      min: targetValues[0] ?? Number.NaN,
      max: targetValues[targetValues.length - 1] ?? Number.NaN,
      mean: targetSum / targetValues.length,
    },
    inputs: features.map((name) => describeInput(frame, name, rows)),
  };
}

function describeInput(frame: Frame, name: string, rows: Int32Array): SignatureInput {
  const column = frame.columns[name];
  if (!column) throw new Error(`Column ${name} is not in the data.`);
  if (column.kind === 'category') {
    const counts = new Map<string, number>();
    for (const row of rows) {
      const level = column.values[row];
      if (level != null) counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    const byCount = [...counts].sort((a, b) => b[1] - a[1]);
    const levels = [...counts.keys()].sort((a, b) => a.localeCompare(b));
    return { name, type: 'category', levels, mostCommon: byCount[0]?.[0] ?? '' };
  }
  const sorted = sortedFinite(pickRows(column.values, rows));
  if (column.kind === 'boolean') {
    return { name, type: 'boolean', mostCommon: quantileOfSorted(sorted, 0.5) >= 0.5 };
  }
  return {
    name,
    type: 'number',
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    median: quantileOfSorted(sorted, 0.5),
    isInteger: sorted.every(Number.isInteger),
  };
}
