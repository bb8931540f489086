import { describe, expect, it } from 'vitest';
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

  it('stops with an AbortError when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const run = ingestCsvStream(streamOf(['a\n1\n']), { signal: controller.signal });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
