import type { Estimates } from '../model/price-estimator';
import type { PriceFrame } from './bulk-chunk-scorer';
import type { CsvScoringSetup } from './bulk-csv-scoring';
import { readCsvChunks } from './csv-stream';
import { createCsvFormatter } from './csv-writer';
import {
  appendedTextCells,
  outputColumnNames,
  outputHeader,
  outputTextRow,
  type RowOutcome,
} from './output-columns';
import { checkRows } from './row-checks';
import { rowOutcomes } from './row-outcomes';
import { RunTally, type TallySnapshot } from './run-tally';
import { CONVENTION_SAMPLE_ROWS, createScoringPlan, type ScoringPlan } from './scoring-plan';

/** What the reference path produced: the output bytes and the tally. */
export interface ReferenceRun {
  output: Uint8Array;
  tally: TallySnapshot;
}

const NO_ESTIMATES: Estimates = {
  values: new Float64Array(0),
  low: new Float64Array(0),
  high: new Float64Array(0),
};

function formatLines(
  rows: readonly string[][],
  outcomes: readonly RowOutcome[],
  plan: ScoringPlan,
  delimiter: string,
): string[] {
  const formatter = createCsvFormatter(delimiter);
  return rows.map((row, k) =>
    row.length === plan.width
      ? formatter.row(row) + delimiter + formatter.row(appendedTextCells(outcomes[k]!))
      : formatter.row(outputTextRow(row, plan.width, outcomes[k]!)),
  );
}

/**
 * Scores a CSV the row-by-row way bulk scoring worked before the byte path (papaparse rows of
 * strings, `checkRows`, `rowOutcomes`, the CSV formatter per row). Tests hold
 * `scoreCsvFile` to the same bytes and tally; nothing in the app calls it.
 */
export async function scoreCsvByRows(
  file: Blob,
  setup: CsvScoringSetup,
  price: PriceFrame,
  tally: RunTally = new RunTally(setup.signature.target.min, setup.signature.target.max),
): Promise<ReferenceRun> {
  const parts: string[] = [];
  let plan: ScoringPlan | null = null;
  let delimiter = ',';
  let linebreak = '\n';
  const options = { chunkBytes: setup.sliceBytes, maxRowChars: setup.maxRowChars };
  for await (const chunk of readCsvChunks(file, options)) {
    let { rows, firstRow } = chunk;
    if (!plan) {
      ({ delimiter, linebreak } = chunk.dialect);
      const raw = rows[0]!;
      const header = outputHeader(raw, outputColumnNames(raw, setup.signature.target.name));
      plan = createScoringPlan(
        setup.signature,
        setup.mapping,
        raw.map((name) => name.trim()),
        rows.slice(1, CONVENTION_SAMPLE_ROWS + 1),
      );
      parts.push(
        (chunk.dialect.hasBom ? '\uFEFF' : '') + createCsvFormatter(delimiter).row(header),
      );
      parts.push(linebreak);
      rows = rows.slice(1);
      firstRow = 1;
    }
    const checked = checkRows(plan, rows);
    const estimates = checked.frame.rowCount > 0 ? await price(checked.frame) : NO_ESTIMATES;
    const outcomes = rowOutcomes(checked, estimates);
    for (const line of formatLines(rows, outcomes, plan, delimiter)) parts.push(line, linebreak);
    const width = plan.width;
    tally.add(outcomes, firstRow, (k) => outputTextRow(rows[k]!, width, outcomes[k]!));
  }
  return { output: new TextEncoder().encode(parts.join('')), tally: tally.snapshot() };
}
