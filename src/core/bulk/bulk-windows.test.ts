import { describe, expect, it } from 'vitest';
import { completeUtf8End, readWithPapaparse } from './bulk-fallback';
import { ByteWindows } from './bulk-windows';

const text = (bytes: Uint8Array, end: number) => new TextDecoder().decode(bytes.subarray(0, end));

describe('ByteWindows', () => {
  it('skips the BOM and carries kept bytes, with a prefix, into the next window', async () => {
    const windows = new ByteWindows(new Blob(['\uFEFFab,cd\nef']), 4);
    const first = (await windows.next())!;
    expect(windows.hasBom).toBe(true);
    expect(text(first.bytes, first.end)).toBe('a');
    windows.keep(0);
    const second = (await windows.next())!;
    expect(text(second.bytes, second.end)).toBe('ab,cd');
    windows.keep(3, new TextEncoder().encode('>'));
    const third = (await windows.next())!;
    expect([text(third.bytes, third.end), third.isFinal]).toEqual(['>cd\nef', true]);
    expect(windows.bytesRead).toBe(11);
    expect(await windows.next()).toBeNull();
  });
});

describe('readWithPapaparse', () => {
  it('finds where an unfinished UTF-8 character starts', () => {
    const bytes = new TextEncoder().encode('aé日');
    expect(completeUtf8End(bytes, 0, bytes.length)).toBe(6);
    expect(completeUtf8End(bytes, 0, 5)).toBe(3);
    expect(completeUtf8End(bytes, 0, 2)).toBe(1);
  });

  it('reads the rest of a window as papaparse does and carries the unfinished row as text', () => {
    const bytes = new TextEncoder().encode('x,5"\n\n\ny,"open é');
    const rest = readWithPapaparse(
      bytes,
      { from: 0, end: bytes.length - 1, isFinal: false },
      {
        delimiter: ',',
        linebreak: '\n',
        hasBom: false,
      },
    );
    expect(rest.rows).toEqual([['x', '5"']]);
    expect(rest.keepFrom).toBe(bytes.length - 2);
    expect(new TextDecoder().decode(rest.prefix)).toBe('\n\ny,"open ');
  });
});
