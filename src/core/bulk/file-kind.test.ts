import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { sniffFileKind, zipUncompressedBytes } from './file-kind';

const bytes = (text: string) => new TextEncoder().encode(text);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('sniffFileKind', () => {
  it('reads content, not names', async () => {
    const xlsx = new Uint8Array(await (await writeXlsxFile([['a'], [1]]).toBlob()).arrayBuffer());
    expect(sniffFileKind(xlsx, 'renamed.csv')).toEqual({ kind: 'xlsx' });
    expect(sniffFileKind(bytes('a,b\n1,2'), 'stock.txt')).toEqual({ kind: 'csv' });
  });

  it('tells an encrypted workbook from a legacy .xls', () => {
    const name = Array.from('EncryptionInfo').flatMap((char) => [char.charCodeAt(0), 0]);
    const encrypted = sniffFileKind(Uint8Array.from([...OLE, 0, 0, ...name]), 'stock.xlsx');
    expect(encrypted.kind === 'refused' && encrypted.message).toMatch(
      /^This workbook is encrypted/,
    );
    const legacy = sniffFileKind(Uint8Array.from([...OLE, 1, 2, 3]), 'stock.xls');
    expect(legacy.kind === 'refused' && legacy.message).toMatch(/old-style \.xls/);
  });

  it('refuses empty, damaged and binary files with a reason', () => {
    expect(sniffFileKind(new Uint8Array(0), 'a.csv')).toEqual({
      kind: 'refused',
      message: 'The file is empty.',
    });
    expect(sniffFileKind(bytes('not a zip'), 'stock.xlsx')).toEqual({
      kind: 'refused',
      message: 'stock.xlsx is not a readable workbook: the file is damaged or is not really XLSX.',
    });
    const utf16 = sniffFileKind(Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x62, 0]), 'a.csv');
    expect(utf16.kind).toBe('refused');
  });

  it('refuses text that is not UTF-8, naming the encoding it looks like', () => {
    // "Марка\nЛада" in Windows-1251, and "make\nCitroën" in Latin-1.
    const cyrillic = Uint8Array.from([0xcc, 0xe0, 0xf0, 0xea, 0xe0, 0x0a, 0xcb, 0xe0, 0xe4, 0xe0]);
    const latin = Uint8Array.from([...bytes('make\nCitro'), 0xeb, 0x6e]);
    const reasonOf = (head: Uint8Array) => {
      const kind = sniffFileKind(head, 'stock.csv');
      return kind.kind === 'refused' ? kind.message : null;
    };
    expect(reasonOf(cyrillic)).toMatch(/^stock\.csv is not UTF-8 text: it looks like Windows-1251/);
    expect(reasonOf(latin)).toMatch(/looks like Windows-1252 \/ Latin-1/);
    expect(reasonOf(latin)).toContain('"CSV UTF-8"');
    // A UTF-8 character cut by the end of the head is still UTF-8.
    const cut = bytes('make\nCitroën').subarray(0, 11);
    expect(sniffFileKind(cut, 'stock.csv')).toEqual({ kind: 'csv' });
  });
});

describe('zipUncompressedBytes', () => {
  it('sums the sizes the ZIP directory declares, and gives up on damage', async () => {
    const xlsx = new Uint8Array(await (await writeXlsxFile([['a'], [1]]).toBlob()).arrayBuffer());
    const declared = zipUncompressedBytes(xlsx);
    expect(declared).toBeGreaterThan(xlsx.length);
    expect(zipUncompressedBytes(xlsx.subarray(0, xlsx.length - 30))).toBeNull();
    expect(zipUncompressedBytes(bytes('PK\u0003\u0004 junk'))).toBeNull();
  });
});
