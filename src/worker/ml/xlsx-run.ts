import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import {
  outputColumnNames,
  outputHeader,
  roundPrice,
  type RowOutcome,
} from '../../core/bulk/output-columns';
import { CONVENTION_SAMPLE_ROWS, createScoringPlan } from '../../core/bulk/scoring-plan';
import { AppError } from '../../lib/errors';
import { priceRows, type RunContext, type RunEnd } from './run-context';
import { cellText, pickSheet, readWorkbook, type SheetCell } from './workbook';

/** Rows priced per step of an XLSX run (between progress events and cancel checks). */
const XLSX_CHUNK_ROWS = 20_000;

function outputCells(row: readonly SheetCell[], width: number, outcome: RowOutcome): SheetCell[] {
  const cells = row.slice(0, width);
  while (cells.length < width) cells.push(null);
  const price = (value: number | null) => (value === null ? null : roundPrice(value));
  cells.push(price(outcome.value), price(outcome.low), price(outcome.high));
  cells.push(outcome.error, outcome.note);
  return cells.concat(row.slice(width));
}

/**
 * Prices one sheet of a workbook read whole (XLSX is capped in size) and writes a workbook with
 * every sheet: the chosen one gains the price columns, cells keep their types (numbers stay
 * numbers, text stays text and is never run as a formula), other sheets are copied as values.
 */
export async function scoreXlsx(context: RunContext): Promise<{ end: RunEnd; header: string[] }> {
  const { request, signature, estimator, sink, meter, tally, limits } = context;
  const sheets = await readWorkbook(request.file, limits);
  const sheet = pickSheet(sheets, request.sheet);
  const [headerRow, ...body] = sheet.rows;
  if (!headerRow) throw new AppError('FILE_UNREADABLE', `Sheet "${sheet.name}" is empty.`);
  const rawHeader = headerRow.map(cellText);
  const plan = createScoringPlan(
    signature,
    request.mapping,
    rawHeader.map((name) => name.trim()),
    body.slice(0, CONVENTION_SAMPLE_ROWS).map((row) => row.map(cellText)),
  );
  const header = outputHeader(rawHeader, outputColumnNames(rawHeader, signature.target.name));
  const output: SheetCell[][] = [header];
  for (let start = 0; start < body.length; start += XLSX_CHUNK_ROWS) {
    if (context.isCancelled()) return { end: 'cancelled', header };
    const slice = body.slice(start, start + XLSX_CHUNK_ROWS);
    const textRows = slice.map((row) => row.map(cellText));
    const outcomes = await priceRows(estimator, plan, textRows);
    slice.forEach((row, k) => output.push(outputCells(row, plan.width, outcomes[k]!)));
    tally.add(outcomes, start + 1, (k) => output[start + k + 1]!.map(cellText));
    meter.report(tally.counts(), ((start + slice.length) / Math.max(1, body.length)) * 0.95);
  }
  const data = sheets.map((candidate) => ({
    sheet: candidate.name,
    data: (candidate === sheet ? output : candidate.rows) as SheetData,
    dateFormat: 'yyyy-mm-dd',
  }));
  await sink.write(await writeXlsxFile(data).toBlob());
  return { end: 'done', header };
}
