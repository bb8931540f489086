import { AppError } from '../lib/errors';

/** The part of an idb transaction a write needs: its completion and a way to abort it. */
export interface WriteTransaction {
  done: Promise<void>;
  abort(): void;
}

/**
 * Runs the requests of a write transaction and waits for it to commit. On any failure the
 * transaction is aborted (so nothing of it is stored and earlier data stays as it was), and a
 * `QuotaExceededError` becomes a `STORAGE_QUOTA` AppError naming `describe()` (what was being
 * saved and its size, worked out only then). `body` must await only IndexedDB requests.
 */
export async function commitWrite<T>(
  tx: WriteTransaction,
  describe: () => string,
  body: () => Promise<T>,
): Promise<T> {
  try {
    const result = await body();
    await tx.done;
    return result;
  } catch (error) {
    await abortQuietly(tx);
    throw toStorageError(error, describe);
  }
}

async function abortQuietly(tx: WriteTransaction): Promise<void> {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted: the error being reported says why.
  }
  // The transaction's own rejection repeats the error being reported.
  await tx.done.catch(() => undefined);
}

/**
 * Issues many requests without awaiting each one (IndexedDB queues them in order), then awaits
 * them all. A request that throws at once still leaves the earlier ones handled, so none of them
 * rejects unhandled when the transaction is then aborted.
 */
export async function issueAll(
  issue: (track: (request: Promise<unknown>) => void) => void,
): Promise<void> {
  const issued: Promise<unknown>[] = [];
  try {
    issue((request) => issued.push(request));
  } catch (error) {
    for (const request of issued) request.catch(() => undefined);
    throw error;
  }
  await Promise.all(issued);
}

/** True for the DOMException (or look-alike) browsers raise when storage is full. */
export function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'QuotaExceededError'
  );
}

/** Maps a quota failure to `STORAGE_QUOTA`; other errors pass through unchanged. */
export function toStorageError(error: unknown, describe: () => string): unknown {
  if (!isQuotaError(error)) return error;
  return new AppError(
    'STORAGE_QUOTA',
    `Browser storage is full: could not save ${describe()}. Nothing of it was stored and ` +
      'earlier data is intact. Delete old datasets, runs or model versions, then try again.',
  );
}

/** `1536` → `1.5 KB`: sizes in storage messages (1 KB = 1024 bytes). */
export function describeBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

/** A `STORAGE_NOT_FOUND` error for a record another tab may have deleted. */
export function notStored(what: string): AppError {
  return new AppError(
    'STORAGE_NOT_FOUND',
    `${what} is not stored (it may have been deleted in another tab).`,
  );
}
