import { describe, expect, it } from 'vitest';
import { readCsvChunks, type CsvChunk } from './csv-stream';

async function collect(text: string | Uint8Array, chunkBytes: number): Promise<CsvChunk[]> {
  const chunks: CsvChunk[] = [];
  for await (const chunk of readCsvChunks(new Blob([text as BlobPart]), { chunkBytes })) {
    chunks.push(chunk);
  }
  return chunks;
}

const allRows = (chunks: CsvChunk[]) => chunks.flatMap((chunk) => chunk.rows);

describe('readCsvChunks', () => {
  it('keeps multi-byte characters whole when a slice boundary cuts them', async () => {
    const text = 'name,city\nЁлка,Zürich\n日本,Łódź\n';
    for (const chunkBytes of [1, 2, 3, 5, 7, 11]) {
      expect(allRows(await collect(text, chunkBytes))).toEqual([
        ['name', 'city'],
        ['Ёлка', 'Zürich'],
        ['日本', 'Łódź'],
      ]);
    }
  });

  it('keeps quoted separators, quotes and line breaks across slices', async () => {
    const text = 'id,note\r\n1,"a, b"\r\n2,"say ""hi""\r\nnext line"\r\n';
    const chunks = await collect(text, 4);
    expect(allRows(chunks)).toEqual([
      ['id', 'note'],
      ['1', 'a, b'],
      ['2', 'say "hi"\r\nnext line'],
    ]);
    expect(chunks[0]!.dialect.linebreak).toBe('\r\n');
  });

  it('numbers rows across chunks and reports bytes read', async () => {
    const text = `h\n${Array.from({ length: 50 }, (_, i) => `r${i}`).join('\n')}\n`;
    const chunks = await collect(text, 16);
    let expected = 0;
    for (const chunk of chunks) {
      expect(chunk.firstRow).toBe(expected);
      expected += chunk.rows.length;
    }
    expect(expected).toBe(51);
    expect(chunks.at(-1)!.bytesRead).toBe(new TextEncoder().encode(text).length);
  });

  it('keeps blank lines inside the file as rows and drops blank lines at the end', async () => {
    const text = 'a,b\n1,2\n\n\n3,4\n\n\n';
    for (const chunkBytes of [2, 5, 1000]) {
      expect(allRows(await collect(text, chunkBytes))).toEqual([
        ['a', 'b'],
        ['1', '2'],
        [''],
        [''],
        ['3', '4'],
      ]);
    }
  });

  it('drops the BOM from the header but says it was there; reads ; files', async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('carat;cut\n0,3;Good\n'),
    ]);
    const [chunk] = await collect(bytes, 1024);
    expect(chunk!.rows).toEqual([
      ['carat', 'cut'],
      ['0,3', 'Good'],
    ]);
    expect(chunk!.dialect).toEqual({ delimiter: ';', linebreak: '\n', hasBom: true });
  });

  it('names the row where a quote never closes instead of reading the whole file', async () => {
    const text = `a,b\n1,2\n3,"open\n${'x,y\n'.repeat(200)}`;
    const rows = readCsvChunks(new Blob([text]), { chunkBytes: 64, maxRowChars: 256 });
    await expect(async () => {
      for await (const _chunk of rows) void _chunk;
    }).rejects.toThrow('Row 2 runs on for more than 256 characters');
  });

  it('yields nothing for an empty file', async () => {
    expect(await collect('', 10)).toEqual([]);
  });
});
