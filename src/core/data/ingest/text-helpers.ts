import type { IngestReport } from './report';
import type { LineEndingCounts } from './record-cells';

/** Concatenates byte chunks holding `total` bytes in all. */
export function joinBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const joined = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}

/** The most frequent line ending, or `none` for a file of one line. */
export function describeLineEnding(counts: LineEndingCounts): IngestReport['lineEnding'] {
  const { lf, crlf, cr } = counts;
  if (lf + crlf + cr === 0) return 'none';
  if (crlf >= lf && crlf >= cr) return 'crlf';
  return lf >= cr ? 'lf' : 'cr';
}

/** Line breaks (`\n`, `\r\n`, lone `\r`) in `data[from, to)`. */
export function countLineBreaks(data: string, from: number, to: number): number {
  let breaks = 0;
  for (let at = from; at < to; at++) {
    const code = data.charCodeAt(at);
    if (code === 10) breaks++;
    else if (code === 13 && data.charCodeAt(at + 1) !== 10) breaks++;
  }
  return breaks;
}
