import { AppError } from '../../lib/errors';

/** Where output bytes go as they are produced. */
export interface OutputSink {
  /** Takes a chunk; the caller may reuse the chunk's bytes once the promise settles. */
  write(chunk: Uint8Array | Blob): Promise<void>;
  /** Completes the output; resolves the Blob to download, or null when written to a file. */
  finish(): Promise<Blob | null>;
  /** Drops what was written (a picked file keeps its previous content). */
  abort(): Promise<void>;
  readonly bytesWritten: number;
}

/** Parts are folded into a Blob every this many bytes, so the browser can move them off the heap. */
const FOLD_BYTES = 16 * 1024 * 1024;

/**
 * Keeps the output as a chunked Blob for a download. Refuses to grow past `maxBytes`, with a
 * message saying the limit and the way around it.
 */
export function createDownloadSink(mimeType: string, maxBytes: number): OutputSink {
  let folded: Blob[] = [];
  let pending: Blob[] = [];
  let pendingBytes = 0;
  let bytesWritten = 0;
  const fold = () => {
    if (pending.length > 0) folded.push(new Blob(pending));
    pending = [];
    pendingBytes = 0;
  };
  return {
    get bytesWritten() {
      return bytesWritten;
    },
    async write(chunk) {
      const size = chunk instanceof Blob ? chunk.size : chunk.byteLength;
      if (bytesWritten + size > maxBytes) {
        throw new AppError(
          'OUTPUT_TOO_LARGE',
          `The output passed ${Math.round(maxBytes / 2 ** 20)} MB, the limit for a download kept ` +
            'in memory. Choose "Save to a file as it is scored" (Chrome, Edge) or split the file.',
        );
      }
      // A Blob copies the bytes now (the caller reuses its buffer) and keeps them off the heap.
      pending.push(chunk instanceof Blob ? chunk : new Blob([chunk as BlobPart]));
      pendingBytes += size;
      bytesWritten += size;
      if (pendingBytes >= FOLD_BYTES) fold();
    },
    async finish() {
      fold();
      const blob = new Blob(folded, { type: mimeType });
      folded = [];
      return blob;
    },
    async abort() {
      folded = [];
      pending = [];
    },
  };
}

/**
 * Streams the output into a file the person picked. The browser writes to a temporary file and
 * swaps it in on `finish`, so a cancelled or failed run leaves the picked file as it was.
 */
export async function createFileSink(handle: FileSystemFileHandle): Promise<OutputSink> {
  const writable = await handle.createWritable();
  let bytesWritten = 0;
  return {
    get bytesWritten() {
      return bytesWritten;
    },
    async write(chunk) {
      await writable.write(chunk as FileSystemWriteChunkType);
      bytesWritten += chunk instanceof Blob ? chunk.size : chunk.byteLength;
    },
    async finish() {
      await writable.close();
      return null;
    },
    async abort() {
      await writable.abort();
    },
  };
}
