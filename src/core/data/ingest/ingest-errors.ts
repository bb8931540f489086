import { AppError } from '../../../lib/errors';
import { formatCount } from './limits';

/** Where a cell is: its column (0-based, named once the header is known) and its row's line. */
export interface CellPosition {
  columnNames: readonly string[];
  column: number;
  line: number;
}

function describePosition({ columnNames, column, line }: CellPosition): string {
  const name = columnNames[column];
  const described = name === undefined ? `column ${column + 1}` : `column "${name}"`;
  return `${described} of the row starting at line ${line}`;
}

/** A cell longer than the per-cell limit, usually an opening quote that is never closed. */
export function cellTooLongError(position: CellPosition, length: number, limit: number): AppError {
  return new AppError(
    'CSV_PARSE',
    `A cell in ${describePosition(position)} is longer than ${formatCount(limit)} characters ` +
      `(the limit per cell; ${formatCount(length)} read). Is a closing quote missing?`,
  );
}

/** A quoted cell still open at the end of the file. */
export function unclosedQuoteError(position: CellPosition, length: number): AppError {
  return new AppError(
    'CSV_PARSE',
    `The quoted cell in ${describePosition(position)} is never closed: its opening quote runs ` +
      `to the end of the file (${formatCount(length)} characters).`,
  );
}

/** A file that is not text (an archive, an image, or bytes full of control characters). */
export function binaryFileError(reason: string): AppError {
  return new AppError(
    'CSV_PARSE',
    `This does not look like a CSV text file: ${reason}. Save it as CSV (UTF-8) and try again.`,
  );
}
