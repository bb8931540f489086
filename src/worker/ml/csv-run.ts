import { createCsvFormatter, type CsvFormatter } from '../../core/bulk/csv-writer';
import { readCsvChunks } from '../../core/bulk/csv-stream';
import {
  appendedTextCells,
  outputColumnNames,
  outputHeader,
  outputTextRow,
  type RowOutcome,
} from '../../core/bulk/output-columns';
import { createScoringPlan, type ScoringPlan } from '../../core/bulk/scoring-plan';
import { AppError } from '../../lib/errors';
import { priceRows, type RunContext, type RunEnd } from './run-context';

interface CsvLayout {
  plan: ScoringPlan;
  formatter: CsvFormatter;
  delimiter: string;
  linebreak: string;
}

/** A chunk of output lines, each ending with the file's line break. */
function formatChunk(
  layout: CsvLayout,
  rows: readonly string[][],
  outcomes: readonly RowOutcome[],
): string {
  const { formatter, delimiter, linebreak, plan } = layout;
  const lines = rows.map((row, k) =>
    row.length === plan.width
      ? formatter.row(row) + delimiter + formatter.row(appendedTextCells(outcomes[k]!))
      : formatter.row(outputTextRow(row, plan.width, outcomes[k]!)),
  );
  return lines.length > 0 ? lines.join(linebreak) + linebreak : '';
}

/**
 * Streams a CSV file through the model: each chunk is parsed, checked, priced in one batched
 * call and written before the next is read, so memory holds one chunk whatever the file's size.
 * The output keeps the file's separator, line breaks and BOM.
 */
export async function scoreCsv(context: RunContext): Promise<{ end: RunEnd; header: string[] }> {
  const { request, signature, estimator, sink, meter, tally } = context;
  const encoder = new TextEncoder();
  let layout: CsvLayout | null = null;
  let header: string[] = [];
  for await (const chunk of readCsvChunks(request.file)) {
    if (context.isCancelled()) return { end: 'cancelled', header };
    let rows = chunk.rows;
    let firstDataRow = chunk.firstRow;
    let text = '';
    if (!layout) {
      const { dialect } = chunk;
      const names = outputColumnNames(rows[0]!, signature.target.name);
      const plan = createScoringPlan(
        signature,
        request.mapping,
        rows[0]!.map((name) => name.trim()),
      );
      header = outputHeader(rows[0]!, names);
      const formatter = createCsvFormatter(dialect.delimiter);
      layout = { plan, formatter, delimiter: dialect.delimiter, linebreak: dialect.linebreak };
      text += (dialect.hasBom ? '\uFEFF' : '') + formatter.row(header) + dialect.linebreak;
      rows = rows.slice(1);
      firstDataRow = 1;
    }
    const outcomes = await priceRows(estimator, layout.plan, rows);
    text += formatChunk(layout, rows, outcomes);
    const width = layout.plan.width;
    tally.add(outcomes, firstDataRow, (k) => outputTextRow(rows[k]!, width, outcomes[k]!));
    await sink.write(encoder.encode(text));
    meter.report(tally.counts(), chunk.bytesRead / request.file.size);
  }
  if (!layout) throw new AppError('FILE_UNREADABLE', `${request.file.name} is empty.`);
  return { end: 'done', header };
}
