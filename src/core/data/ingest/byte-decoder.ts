import { guessLegacyEncoding, type TextEncodingName } from './sniff';

/**
 * Turns a stream of byte chunks into text. UTF-8 is read strictly (`fatal: true`). When a chunk
 * is not valid UTF-8 and everything before it was ASCII, the rest is read as windows-1251 or
 * windows-1252 (which agree with UTF-8 on ASCII, so nothing read so far changes). When real UTF-8
 * came first, bad bytes become U+FFFD and are counted in `replacedCharacters`.
 */
export class ByteDecoder {
  private tail = new Uint8Array(0);
  private strict: TextDecoder | null = null;
  private lenient: TextDecoder | null = null;
  private isAsciiSoFar = true;
  replacedCharacters = 0;

  constructor(public encoding: TextEncodingName) {
    if (encoding === 'utf-8') this.strict = new TextDecoder('utf-8', { fatal: true });
    else this.lenient = new TextDecoder(encoding);
  }

  /** Decodes the next chunk; an incomplete character at its end waits for the next one. */
  decode(chunk: Uint8Array): string {
    const bytes = this.withTail(chunk);
    if (this.strict === null) {
      this.tail = new Uint8Array(0);
      return this.decodeLenient(bytes, true);
    }
    const cut = completeUtf8Length(bytes);
    this.tail = bytes.slice(cut);
    return this.decodeUtf8(bytes.subarray(0, cut));
  }

  /** Decodes whatever is left at the end of the stream. */
  flush(): string {
    const rest = this.tail;
    this.tail = new Uint8Array(0);
    if (this.strict === null) return this.decodeLenient(rest, false);
    return this.decodeUtf8(rest);
  }

  private decodeUtf8(bytes: Uint8Array): string {
    try {
      const text = this.strict!.decode(bytes);
      if (text.length !== bytes.length) this.isAsciiSoFar = false;
      return text;
    } catch {
      this.strict = null;
      if (this.isAsciiSoFar && !isMostlyUtf8(bytes)) this.encoding = guessLegacyEncoding(bytes);
      this.lenient = new TextDecoder(this.encoding);
      return this.decodeLenient(bytes, false);
    }
  }

  private decodeLenient(bytes: Uint8Array, isStreaming: boolean): string {
    const text = this.lenient!.decode(bytes, { stream: isStreaming });
    if (this.encoding === 'utf-8') this.replacedCharacters += countReplacements(text);
    return text;
  }

  private withTail(chunk: Uint8Array): Uint8Array {
    if (this.tail.length === 0) return chunk;
    const joined = new Uint8Array(this.tail.length + chunk.length);
    joined.set(this.tail);
    joined.set(chunk, this.tail.length);
    return joined;
  }
}

/** Length of the prefix of `bytes` that ends on a UTF-8 character boundary. */
export function completeUtf8Length(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= Math.min(4, end); back++) {
    const byte = bytes[end - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const width = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return width > back ? end - back : end;
  }
  return end;
}

/** True when valid multi-byte UTF-8 characters are at least as many as the invalid bytes. */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  const replaced = countReplacements(text);
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) nonAscii++;
  return nonAscii - replaced >= replaced;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) count++;
  return count;
}
