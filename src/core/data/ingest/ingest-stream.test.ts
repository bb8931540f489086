import { describe, expect, it, vi } from 'vitest';
import { ingestCsvStream, type IngestProgress } from './ingest-stream';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('ingestCsvStream', () => {
  it('reads a byte stream and reports progress at the end', async () => {
    const progress: IngestProgress[] = [];
    const result = await ingestCsvStream(streamOf(['a,b\n1,', '2\n3,4\n']), {
      onProgress: (event) => progress.push(event),
      progressIntervalMs: 0,
      totalBytes: 12,
    });
    expect(result.table.rowCount).toBe(2);
    expect(progress.at(-1)).toEqual({ bytesRead: 12, rowsRead: 2, totalBytes: 12 });
  });

  it('frees each chunk it has read that is its own buffer, leaving views on shared ones', async () => {
    const encoder = new TextEncoder();
    const owned = encoder.encode('a,b\n1,2\n');
    const transfer = vi.fn((length?: number) => new ArrayBuffer(length ?? 0));
    Object.defineProperty(owned.buffer, 'transfer', { value: transfer });
    const sharedBuffer = new ArrayBuffer(16);
    const sharedTransfer = vi.fn();
    Object.defineProperty(sharedBuffer, 'transfer', { value: sharedTransfer });
    const view = new Uint8Array(sharedBuffer, 2, 4);
    view.set(encoder.encode('3,4\n'));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(owned);
        controller.enqueue(view);
        controller.close();
      },
    });
    const result = await ingestCsvStream(stream);
    expect(result.table.rowCount).toBe(2);
    expect(transfer).toHaveBeenCalledWith(0);
    expect(sharedTransfer).not.toHaveBeenCalled();
  });

  it('stops with an AbortError when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const run = ingestCsvStream(streamOf(['a\n1\n']), { signal: controller.signal });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
