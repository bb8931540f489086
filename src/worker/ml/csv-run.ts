import { scoreCsvFile } from '../../core/bulk/bulk-csv-scoring';
import { AppError } from '../../lib/errors';
import type { RunContext, RunEnd } from './run-context';

/**
 * Rows per tensor batch when a chunk of a CSV is priced. A chunk (a 512 KiB slice of the file,
 * ~12k diamonds-like rows) is priced in one call, so this is rarely reached; passed explicitly.
 */
export const CSV_PREDICT_BATCH_SIZE = 16_384;

/**
 * Streams a CSV file through the model (see `scoreCsvFile`): each slice of the file is parsed,
 * checked and priced in one batched call, and written while the next is priced, so memory holds
 * two slices whatever the file's size. The output keeps the file's separator, line breaks and BOM.
 */
export async function scoreCsv(context: RunContext): Promise<{ end: RunEnd; header: string[] }> {
  const { request, signature, estimator, sink, meter, tally } = context;
  const { end, header } = await scoreCsvFile(
    request.file,
    { signature, mapping: request.mapping },
    {
      beginPrice: (frame) => estimator.begin(frame, CSV_PREDICT_BATCH_SIZE),
      write: (bytes) => sink.write(bytes),
      onRows: (rows, firstRow) => tally.addScored(rows, firstRow, (k) => rows.textRow(k)),
      onProgress: (bytesRead) => meter.report(tally.counts(), bytesRead / request.file.size),
      isCancelled: () => context.isCancelled(),
    },
  );
  if (end === 'done' && header === null) {
    throw new AppError('FILE_UNREADABLE', `${request.file.name} is empty.`);
  }
  return { end, header: header ?? [] };
}
