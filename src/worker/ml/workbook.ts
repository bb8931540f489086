import readXlsxFile from 'read-excel-file/universal';
import { sniffFileKind, zipUncompressedBytes, type FileKind } from '../../core/bulk/file-kind';
import { AppError, describeError } from '../../lib/errors';
import type { BulkLimits } from './bulk-api';

/** A cell as read from a sheet: kept as is for the XLSX output. */
export type SheetCell = string | number | boolean | Date | null;

/** One sheet's rows (the first row is the header). */
export interface WorkbookSheet {
  name: string;
  rows: SheetCell[][];
}

/** Read to tell the file's kind, and that its text is UTF-8. */
const HEAD_BYTES = 1024 * 1024;
/** An OLE file is read this far to tell an encrypted workbook from a legacy .xls. */
const OLE_SCAN_BYTES = 8 * 1024 * 1024;

/** Sniffs a file's kind from its first bytes (see {@link sniffFileKind}). */
export async function sniffFile(file: File): Promise<FileKind> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const kind = sniffFileKind(head, file.name);
  if (kind.kind !== 'refused' || head[0] !== 0xd0) return kind;
  return sniffFileKind(
    new Uint8Array(await file.slice(0, OLE_SCAN_BYTES).arrayBuffer()),
    file.name,
  );
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function unreadable(message: string): AppError {
  return new AppError('FILE_UNREADABLE', message);
}

/**
 * Reads every sheet of an XLSX file into memory, within the limits: the file's size, and the
 * unpacked size its ZIP directory declares (checked before unpacking). Throws a
 * `FILE_UNREADABLE` AppError that says which limit, or that the file is damaged.
 */
export async function readWorkbook(file: File, limits: BulkLimits): Promise<WorkbookSheet[]> {
  if (file.size > limits.xlsxMaxBytes) {
    throw unreadable(
      `${file.name} is ${megabytes(file.size)}; XLSX files are read whole in memory and the limit ` +
        `is ${megabytes(limits.xlsxMaxBytes)}. Save the sheet as CSV (streamed, no such limit).`,
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const unpacked = zipUncompressedBytes(bytes);
  if (unpacked === null) {
    throw unreadable(
      `${file.name} is damaged: its ZIP directory cannot be read. Re-save it in Excel.`,
    );
  }
  if (unpacked > limits.xlsxMaxUnpackedBytes) {
    throw unreadable(
      `${file.name} unpacks to ${megabytes(unpacked)}, over the ` +
        `${megabytes(limits.xlsxMaxUnpackedBytes)} limit for XLSX. Save the sheet as CSV.`,
    );
  }
  try {
    const sheets = await readXlsxFile(bytes.buffer as ArrayBuffer, { trim: false });
    return sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data as SheetCell[][] }));
  } catch (error) {
    throw unreadable(`${file.name} could not be read as XLSX: ${describeError(error)}.`);
  }
}

/** The sheet named `name`, or the first; throws when the name is not in the workbook. */
export function pickSheet(sheets: readonly WorkbookSheet[], name: string | null): WorkbookSheet {
  const sheet = name === null ? sheets[0] : sheets.find((candidate) => candidate.name === name);
  if (!sheet) {
    throw unreadable(
      name === null ? 'The workbook has no sheets.' : `The workbook has no sheet "${name}".`,
    );
  }
  return sheet;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as text, the way the checks read it (dates as ISO `YYYY-MM-DD`, times kept). */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const date = `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
    const isMidnight = cell.getUTCHours() + cell.getUTCMinutes() + cell.getUTCSeconds() === 0;
    return isMidnight ? date : cell.toISOString();
  }
  return String(cell);
}
