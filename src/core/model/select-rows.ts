import type { Frame, FrameColumn } from '../data/frame';
import { pickRows } from '../statistics';

/** A new frame holding only `rows` of `frame`, in the given order. */
export function selectRows(frame: Frame, rows: Int32Array): Frame {
  const columns: Record<string, FrameColumn> = {};
  for (const [name, column] of Object.entries(frame.columns)) {
    columns[name] =
      column.kind === 'category'
        ? { kind: 'category', values: Array.from(rows, (row) => column.values[row] ?? null) }
        : { kind: column.kind, values: pickRows(column.values, rows) };
  }
  return { rowCount: rows.length, columns };
}
