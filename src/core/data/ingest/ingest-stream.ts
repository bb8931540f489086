import { CsvIngest, type IngestOptions, type IngestResult } from './csv-ingest';
import { releaseArray } from './release';

/** How far an ingest has got; `totalBytes` is the file size when the caller knows it. */
export interface IngestProgress {
  bytesRead: number;
  rowsRead: number;
  totalBytes?: number;
}

/** Options of {@link ingestCsvStream}. */
export interface StreamIngestOptions extends IngestOptions {
  /** Aborting stops between chunks with the signal's reason (an `AbortError`). */
  signal?: AbortSignal;
  onProgress?: (progress: IngestProgress) => void;
  /** At most one progress call per this many milliseconds (200), plus one at the end. */
  progressIntervalMs?: number;
  totalBytes?: number;
}

/**
 * Ingests a byte stream (`File.stream()` in a worker, or a Node stream made web-readable).
 * Each awaited read lets the worker handle other messages, such as a cancel. The stream's chunks
 * are freed once read (see `releaseChunk`): give it a stream whose chunks nothing else holds.
 */
export async function ingestCsvStream(
  stream: ReadableStream<Uint8Array>,
  options: StreamIngestOptions = {},
): Promise<IngestResult> {
  const { signal, onProgress, progressIntervalMs = 200, totalBytes } = options;
  const ingest = new CsvIngest(options);
  const reader = stream.getReader();
  let lastReportMs = -Infinity;
  const report = () => {
    lastReportMs = Date.now();
    onProgress?.({ bytesRead: ingest.byteCount, rowsRead: ingest.rowCount, totalBytes });
  };
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) break;
      ingest.pushBytes(value);
      releaseChunk(value);
      if (onProgress && Date.now() - lastReportMs >= progressIntervalMs) report();
    }
    signal?.throwIfAborted();
    const result = ingest.finish();
    report();
    return result;
  } finally {
    if (signal?.aborted) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/**
 * Frees a chunk the stream handed over once it is read (ingest keeps copies of what it needs),
 * so a 200 MB file does not leave tens of MB of spent chunks waiting for a garbage collection.
 * Only a chunk that is its whole buffer is freed: a view on a shared buffer is left alone.
 */
function releaseChunk(chunk: Uint8Array): void {
  if (chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength) releaseArray(chunk);
}

/** Options of {@link ingestCsvBytes}. */
export interface BytesIngestOptions extends IngestOptions {
  /** Bytes fed per chunk (1 MB), as a stream would; tests use small ones. */
  chunkBytes?: number;
}

/** Ingests a whole file held in memory, fed in chunks as a stream would be. */
export function ingestCsvBytes(bytes: Uint8Array, options: BytesIngestOptions = {}): IngestResult {
  const ingest = new CsvIngest(options);
  const size = options.chunkBytes ?? 1024 * 1024;
  for (let at = 0; at < bytes.length; at += size) ingest.pushBytes(bytes.subarray(at, at + size));
  return ingest.finish();
}

/** Ingests CSV text held in memory (the content hash is that of its UTF-8 bytes). */
export function ingestCsvText(text: string, options: IngestOptions = {}): IngestResult {
  const ingest = new CsvIngest(options);
  ingest.pushText(text);
  return ingest.finish();
}
