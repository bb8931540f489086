/** Names of the columns bulk scoring appends after the file's own columns. */
export interface OutputColumnNames {
  predicted: string;
  low: string;
  high: string;
  error: string;
  note: string;
}

/**
 * The appended column names for a target: `predicted_<target>`, `predicted_<target>_low`,
 * `predicted_<target>_high`, `estimate_error`, `estimate_note`. A name the file already uses gets
 * a `_2` (`_3`, …) suffix, so re-scoring an output file never overwrites its columns.
 */
export function outputColumnNames(header: readonly string[], target: string): OutputColumnNames {
  const taken = new Set(header);
  const unique = (name: string): string => {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`;
    taken.add(candidate);
    return candidate;
  };
  return {
    predicted: unique(`predicted_${target}`),
    low: unique(`predicted_${target}_low`),
    high: unique(`predicted_${target}_high`),
    error: unique('estimate_error'),
    note: unique('estimate_note'),
  };
}

/** The output header: the file's columns in their order, then the appended ones. */
export function outputHeader(header: readonly string[], names: OutputColumnNames): string[] {
  return [...header, names.predicted, names.low, names.high, names.error, names.note];
}

/** A price as written to the output: rounded to cents, as a plain number. */
export function roundPrice(value: number): number {
  return Math.round(value * 100) / 100;
}

/** What is appended to one row. A price is null when the row has an error. */
export interface RowOutcome {
  value: number | null;
  low: number | null;
  high: number | null;
  error: string | null;
  note: string | null;
}

/** The appended cells of one row as text: price, low, high (rounded; empty on error), error, note. */
export function appendedTextCells(outcome: RowOutcome): string[] {
  const price = (value: number | null) => (value === null ? '' : String(roundPrice(value)));
  return [
    price(outcome.value),
    price(outcome.low),
    price(outcome.high),
    outcome.error ?? '',
    outcome.note ?? '',
  ];
}

/**
 * One output row as text: the original cells (padded to the header's width when short), the
 * appended columns, then any cells past the header's width, so no cell of the file is lost.
 */
export function outputTextRow(
  cells: readonly string[],
  width: number,
  outcome: RowOutcome,
): string[] {
  const row = cells.slice(0, width);
  while (row.length < width) row.push('');
  row.push(...appendedTextCells(outcome));
  if (cells.length > width) row.push(...cells.slice(width));
  return row;
}
