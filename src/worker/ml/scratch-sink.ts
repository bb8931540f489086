import { AppError } from '../../lib/errors';
import type { OutputSink } from './output-sink';

/** Folder of the origin-private file system that holds outputs waiting to be downloaded. */
const FOLDER = 'bulk-output';
/** Outputs of other tabs are left alone this long (their download may still be pending). */
const KEEP_OTHERS_MS = 60 * 60 * 1000;
/** The synchronous file access of dedicated workers (not in the DOM typings the app also uses). */
interface SyncAccess {
  write(bytes: Uint8Array, options: { at: number }): number;
  flush(): void;
  close(): void;
}
type SyncFileHandle = FileSystemFileHandle & { createSyncAccessHandle(): Promise<SyncAccess> };

/** This worker's earlier outputs: replaced by each new run. */
const ownOutputs = new Set<string>();

/**
 * The browser's private folder for outputs, or null where the browser has none (then a download
 * is kept in memory). Outputs written there stay on disk, so memory stays small at any size.
 */
export async function openScratchFolder(): Promise<FileSystemDirectoryHandle | null> {
  try {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle(FOLDER, { create: true });
    return 'createSyncAccessHandle' in FileSystemFileHandle.prototype ? folder : null;
  } catch {
    return null;
  }
}

/**
 * Writes the output into a new file of `folder` as it is produced and hands it back as a
 * disk-backed Blob for the download. Earlier outputs of this worker, and others' older than an
 * hour, are removed first; a cancelled or failed run removes its own file.
 */
export async function createScratchSink(
  folder: FileSystemDirectoryHandle,
  mimeType: string,
): Promise<OutputSink> {
  await removeOldOutputs(folder);
  const name = `estimates-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const handle = (await folder.getFileHandle(name, { create: true })) as SyncFileHandle;
  const access = await handle.createSyncAccessHandle();
  ownOutputs.add(name);
  let bytesWritten = 0;
  return {
    get bytesWritten() {
      return bytesWritten;
    },
    async write(chunk) {
      const bytes = chunk instanceof Blob ? new Uint8Array(await chunk.arrayBuffer()) : chunk;
      try {
        access.write(bytes, { at: bytesWritten });
      } catch (error) {
        throw storageError(error, bytesWritten);
      }
      bytesWritten += bytes.byteLength;
    },
    async finish() {
      access.flush();
      access.close();
      return new Blob([await handle.getFile()], { type: mimeType });
    },
    async abort() {
      access.close();
      ownOutputs.delete(name);
      await folder.removeEntry(name).catch(() => undefined);
    },
  };
}

async function removeOldOutputs(folder: FileSystemDirectoryHandle): Promise<void> {
  const now = Date.now();
  for await (const [name, entry] of folder.entries()) {
    if (entry.kind !== 'file') continue;
    const ageMs = now - (await (entry as FileSystemFileHandle).getFile()).lastModified;
    if (!ownOutputs.has(name) && ageMs < KEEP_OTHERS_MS) continue;
    // A file another run is still writing is locked: it stays.
    await folder.removeEntry(name).catch(() => undefined);
    ownOutputs.delete(name);
  }
}

function storageError(error: unknown, bytesWritten: number): unknown {
  if (!(error instanceof DOMException) || error.name !== 'QuotaExceededError') return error;
  return new AppError(
    'STORAGE_QUOTA',
    `The browser's storage ran out after ${Math.round(bytesWritten / 2 ** 20)} MB of output. ` +
      'Free some space, or choose "Save to a file as it is scored" (Chrome, Edge).',
  );
}
