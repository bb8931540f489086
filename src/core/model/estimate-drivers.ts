import type { Frame, FrameColumn } from '../data/frame';
import type { Signature, SignatureInput } from './signature';

/**
 * How much one input moved an estimate: the estimate minus the estimate with that input reset to
 * its typical training value (median or most common level), in the target's units.
 */
export interface EstimateDriver {
  field: string;
  effect: number;
}

/** A one-row column holding the typical training value of `input`. */
export function typicalColumn(input: SignatureInput): FrameColumn {
  if (input.type === 'category') return { kind: 'category', values: [input.mostCommon] };
  const value = input.type === 'number' ? input.median : Number(input.mostCommon);
  return { kind: input.type, values: Float64Array.of(value) };
}

/** One row of typical values for every input. */
export function typicalFrame(signature: Signature): Frame {
  const columns = Object.fromEntries(
    signature.inputs.map((input) => [input.name, typicalColumn(input)]),
  );
  return { rowCount: 1, columns };
}

/**
 * Stacks the item (row 0) with one variant per input (row i + 1: input i reset to its typical
 * value), so a single batched prediction prices them all. `item` has one row.
 */
export function withTypicalVariants(signature: Signature, item: Frame): Frame {
  const rowCount = signature.inputs.length + 1;
  const columns: Record<string, FrameColumn> = {};
  signature.inputs.forEach((input, index) => {
    const own = item.columns[input.name]!;
    const typical = typicalColumn(input);
    const pick = (row: number): FrameColumn => (row === index + 1 ? typical : own);
    columns[input.name] =
      own.kind === 'category'
        ? {
            kind: 'category',
            values: Array.from(
              { length: rowCount },
              (_, row) => pick(row).values[0] as string | null,
            ),
          }
        : {
            kind: own.kind,
            values: Float64Array.from(
              { length: rowCount },
              (_, row) => pick(row).values[0] as number,
            ),
          };
  });
  return { rowCount, columns };
}

/** The `limit` inputs that moved the estimate most, largest first, from the variants' estimates. */
export function topDrivers(
  signature: Signature,
  estimates: Float64Array,
  limit = 3,
): EstimateDriver[] {
  const item = estimates[0]!;
  return signature.inputs
    .map((input, index) => ({ field: input.name, effect: item - estimates[index + 1]! }))
    .filter((driver) => Number.isFinite(driver.effect) && driver.effect !== 0)
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect))
    .slice(0, limit);
}
