import { describe, expect, it } from 'vitest';
import { createDownloadSink } from './output-sink';

describe('createDownloadSink', () => {
  it('copies written bytes at once, so the writer may reuse its buffer', async () => {
    const sink = createDownloadSink('text/csv', 1000);
    const buffer = new TextEncoder().encode('a,b\n');
    await sink.write(buffer);
    buffer.set(new TextEncoder().encode('x,y\n'));
    await sink.write(buffer.subarray(0, 2));
    const output = await sink.finish();
    expect(await output?.text()).toBe('a,b\nx,');
    expect(output?.type).toBe('text/csv');
    expect(sink.bytesWritten).toBe(6);
  });

  it('refuses to grow past its limit, naming the way around it', async () => {
    const sink = createDownloadSink('text/csv', 4);
    await sink.write(new Uint8Array(4));
    await expect(sink.write(new Uint8Array(1))).rejects.toThrow(/Save to a file as it is scored/);
  });
});
