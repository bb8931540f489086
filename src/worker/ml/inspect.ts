import { describeHeaderlessFile, matchColumns } from '../../core/bulk/column-matching';
import { readCsvChunks } from '../../core/bulk/csv-stream';
import { AppError } from '../../lib/errors';
import type { BulkLimits, BulkModel, FileInspection, InspectResult } from './bulk-api';
import { cellText, pickSheet, readWorkbook, sniffFile } from './workbook';

/** Rows shown under the header before a run. */
export const PREVIEW_ROWS = 10;
const INSPECT_CHUNK_BYTES = 256 * 1024;

interface SheetPreview {
  header: string[];
  rows: string[][];
  sheets: string[];
  sheet: string | null;
  delimiter: string | null;
}

async function previewCsv(file: File): Promise<SheetPreview> {
  const rows: string[][] = [];
  let delimiter: string | null = null;
  for await (const chunk of readCsvChunks(file, { chunkBytes: INSPECT_CHUNK_BYTES })) {
    delimiter = chunk.dialect.delimiter;
    rows.push(...chunk.rows.slice(0, PREVIEW_ROWS + 1 - rows.length));
    if (rows.length > PREVIEW_ROWS) break;
  }
  const [header, ...body] = rows;
  if (!header)
    throw new AppError('FILE_UNREADABLE', `${file.name} has no rows: the file is empty.`);
  return { header, rows: body, sheets: [], sheet: null, delimiter };
}

async function previewXlsx(file: File, sheetName: string | null, limits: BulkLimits) {
  const sheets = await readWorkbook(file, limits);
  const sheet = pickSheet(sheets, sheetName);
  const [header, ...body] = sheet.rows;
  if (!header) throw new AppError('FILE_UNREADABLE', `Sheet "${sheet.name}" is empty.`);
  return {
    header: header.map(cellText),
    rows: body.slice(0, PREVIEW_ROWS).map((row) => row.map(cellText)),
    sheets: sheets.map((candidate) => candidate.name),
    sheet: sheet.name,
    delimiter: null,
  };
}

/**
 * Reads the header and the first rows of a file and matches its columns to the model. Files that
 * cannot be scored come back as `ok: false` with a message naming the problem: empty, binary,
 * encrypted, damaged, too large, a header row that is data, or no data rows.
 */
export async function inspectFile(
  file: File,
  sheetName: string | null,
  model: BulkModel,
  limits: BulkLimits,
): Promise<InspectResult> {
  try {
    const kind = await sniffFile(file);
    if (kind.kind === 'refused') return { ok: false, message: kind.message };
    const preview =
      kind.kind === 'csv' ? await previewCsv(file) : await previewXlsx(file, sheetName, limits);
    const header = preview.header.map((name) => name.trim());
    const headerless = describeHeaderlessFile(header, model.inputs);
    if (headerless) return { ok: false, message: headerless };
    if (preview.rows.length === 0) {
      return { ok: false, message: `${file.name} has a header row but no rows to price.` };
    }
    const inspection: FileInspection = {
      fileName: file.name,
      sizeBytes: file.size,
      format: kind.kind,
      sheets: preview.sheets,
      sheet: preview.sheet,
      delimiter: preview.delimiter,
      header,
      previewRows: preview.rows,
      mapping: matchColumns(header, model.inputs),
      model,
      limits,
    };
    return { ok: true, inspection };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
}
