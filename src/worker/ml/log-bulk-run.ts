import { describeError } from '../../lib/errors';
import { announceStorageChange } from '../../storage/changes';
import type { EstimoDb } from '../../storage/db';
import { logBulkRun, type BulkRunEntry } from '../../storage/prediction-log';
import type { BulkRequest, BulkResult } from './bulk-api';

/** The logged sample: the first output rows, inputs by column name and the estimate. */
function sampleOf(result: BulkResult, target: string): BulkRunEntry['sample'] {
  if (result.status !== 'done') return [];
  const { outputHeader, previewRows } = result.summary;
  const priceIndex = outputHeader.indexOf(`predicted_${target}`);
  return previewRows.flatMap((row) => {
    const value = Number(row[priceIndex]);
    if (priceIndex < 0 || row[priceIndex] === '' || !Number.isFinite(value)) return [];
    const inputs: Record<string, string> = {};
    outputHeader.forEach((name, i) => {
      if (i < priceIndex) inputs[name] = row[i] ?? '';
    });
    return [{ inputs, value }];
  });
}

/** What a bulk run leaves in the prediction log, whatever its ending. */
export function bulkLogEntry(
  request: BulkRequest,
  result: BulkResult,
  model: { version: number; target: string; elapsedMs: number },
): BulkRunEntry {
  const summary = result.status === 'done' ? result.summary : null;
  return {
    at: Date.now(),
    modelVersion: model.version,
    fileName: request.file.name,
    state: result.status,
    rows: result.status === 'done' ? result.summary.rows : result.rowsDone,
    scored: summary?.scored ?? 0,
    errors: summary?.errors ?? 0,
    elapsedMs: summary?.elapsedMs ?? model.elapsedMs,
    sample: sampleOf(result, model.target),
  };
}

/**
 * Logs a finished bulk run for the Monitor page. Logging never fails the run: a storage error
 * comes back as `logMessage` on the result, for the page to show.
 */
export async function withBulkLog(
  openDb: () => Promise<EstimoDb>,
  entry: BulkRunEntry,
  result: BulkResult,
): Promise<BulkResult> {
  try {
    const { dropped } = await logBulkRun(await openDb(), entry);
    announceStorageChange({ kind: 'predictions' });
    return dropped > 0
      ? { ...result, logMessage: `The run log is full: its ${dropped} oldest runs were dropped.` }
      : result;
  } catch (error) {
    return { ...result, logMessage: `This run was not logged: ${describeError(error)}` };
  }
}
