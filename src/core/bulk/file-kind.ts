import { guessLegacyEncoding } from '../data/ingest/sniff';

/** What a dropped file turned out to be, from its first bytes and its name. */
export type FileKind = { kind: 'csv' } | { kind: 'xlsx' } | { kind: 'refused'; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an encrypted (password-protected) XLSX, or a legacy .xls workbook. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptionInfo" as UTF-16LE, the stream name Office writes into encrypted workbooks. */
const ENCRYPTION_INFO = Array.from('EncryptionInfo').flatMap((char) => [char.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Tells CSV from XLSX by content, not by name (a renamed file is read as what it is), and refuses
 * what Estimo cannot read with a message saying what to do: encrypted workbooks, legacy `.xls`,
 * empty files, binary files, and text that is not UTF-8 (the bulk reader is UTF-8 only). `head`
 * is the start of the file (up to 1 MiB, so an accent a few thousand rows down is seen; for an OLE
 * file, the whole file lets encryption be told from `.xls`).
 */
export function sniffFileKind(head: Uint8Array, fileName: string): FileKind {
  if (head.length === 0) return { kind: 'refused', message: 'The file is empty.' };
  if (startsWith(head, ZIP_MAGIC)) return { kind: 'xlsx' };
  if (startsWith(head, OLE_MAGIC)) {
    const message = contains(head, ENCRYPTION_INFO)
      ? 'This workbook is encrypted (password-protected). Open it in Excel, remove the password ' +
        '(File › Info › Protect Workbook), save it, and drop it again.'
      : 'This is an old-style .xls workbook (or another Office file). Save it as .xlsx or CSV and ' +
        'drop it again.';
    return { kind: 'refused', message };
  }
  if (/\.(xlsx|xlsm|xls)$/i.test(fileName)) {
    return {
      kind: 'refused',
      message: `${fileName} is not a readable workbook: the file is damaged or is not really XLSX.`,
    };
  }
  const sample = head.subarray(0, 4096);
  if (sample.includes(0)) {
    return {
      kind: 'refused',
      message:
        'This file is not UTF-8 text (it holds binary data or is UTF-16). Save it as ' +
        '"CSV UTF-8" or XLSX and drop it again.',
    };
  }
  const legacy = legacyEncodingOf(head);
  if (legacy) {
    return {
      kind: 'refused',
      message:
        `${fileName} is not UTF-8 text: it looks like ${legacy}. Bulk pricing reads UTF-8, so ` +
        'names with accents or Cyrillic letters would not match the model. Save it as ' +
        '"CSV UTF-8" (Excel: Save As › CSV UTF-8) or XLSX and drop it again.',
    };
  }
  return { kind: 'csv' };
}

/** Names the single-byte encoding of a start of file that is not UTF-8; null when it is UTF-8. */
function legacyEncodingOf(head: Uint8Array): string | null {
  try {
    // `stream` lets a character cut at the end of the head pass.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return null;
  } catch {
    return guessLegacyEncoding(head) === 'windows-1251'
      ? 'Windows-1251 (Cyrillic)'
      : 'Windows-1252 / Latin-1 (Western European)';
  }
}

/**
 * Sum of the uncompressed sizes a ZIP archive declares in its central directory, or null when
 * the directory cannot be read (a damaged archive, or ZIP64). Lets an XLSX that would unpack to
 * gigabytes (a "zip bomb") be refused before it is unpacked.
 */
export function zipUncompressedBytes(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) return null;
    total += size;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return total;
}
