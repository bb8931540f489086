import { describe, expect, it } from 'vitest';
import { parseNumberCell } from '../data/cell-values';
import { FastCellReader, readDecimalCell } from './bulk-fast-cells';
import { RecordScanner } from './bulk-scanner';
import { BYTE_MAPPING, BYTE_SIGNATURE } from './bulk-test-support';
import { createColumnStores } from './row-checks';
import { createScoringPlan } from './scoring-plan';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const decimal = (text: string) => readDecimalCell(bytesOf(text), 0, bytesOf(text).length);
/** How the row checks read a number cell. */
const checked = (text: string) =>
  /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : parseNumberCell(text.trim());

describe('readDecimalCell', () => {
  it('reads plain decimals of up to 15 digits exactly as Number does', () => {
    const samples = [
      '0',
      '-0',
      '7',
      '007',
      '0.23',
      '61.5',
      '-5',
      '-1.5',
      '3.01',
      '999999999999999',
    ];
    for (let i = 0; i < 20_000; i++) {
      const digits = 1 + Math.floor(Math.random() * 14);
      const text = (Math.random() * 10 ** digits).toFixed(Math.floor(Math.random() * 6));
      samples.push(Math.random() < 0.2 ? `-${text}` : text);
    }
    for (const text of samples) {
      const isShort = text.replace(/\D/g, '').length <= 15;
      expect(Object.is(decimal(text), isShort ? Number(text) : Number.NaN), text).toBe(true);
    }
  });

  it('reads decimal commas and one thousands group as the row checks do', () => {
    const samples = ['0,5', '-0,5', '1,234', '-1,234', '0,234', '999,999', '1234,567', '12,3456'];
    for (let i = 0; i < 20_000; i++) {
      const whole = String(Math.floor(Math.random() * 10 ** Math.ceil(Math.random() * 6)));
      const part = String(Math.floor(Math.random() * 10 ** Math.ceil(Math.random() * 6)));
      samples.push(`${Math.random() < 0.2 ? '-' : ''}${whole},${part}`);
    }
    for (const text of samples) {
      const value = decimal(text);
      if (text.replace(/\D/g, '').length <= 15)
        expect(Object.is(value, checked(text)), text).toBe(true);
    }
    expect(decimal('1,234')).toBe(1234);
    expect(decimal('1,5')).toBe(1.5);
  });

  it('leaves anything else to the full cell parser (NaN)', () => {
    const others = [
      '',
      '-',
      '.5',
      '5.',
      '1.2.3',
      ' 1',
      '1 ',
      '+1',
      '1e3',

      'NA',
      '1234567890123456',
    ];
    for (const text of others) expect(decimal(text), text).toBeNaN();
  });
});

describe('FastCellReader', () => {
  const plan = createScoringPlan(BYTE_SIGNATURE, BYTE_MAPPING, [
    'id',
    'carat',
    'cut',
    'depth',
    'x',
  ]);

  function read(line: string): { ok: boolean; values: unknown[] } {
    const bytes = bytesOf(`${line}\n`);
    const scanner = new RecordScanner({ delimiter: ',', linebreak: '\n', hasBom: false });
    scanner.scan(bytes, 0, bytes.length, true);
    const stores = createColumnStores(plan, 1);
    const ok = new FastCellReader(plan).read({ bytes, table: scanner.table }, 0, stores, 0);
    return { ok, values: stores.map((store) => store[0]) };
  }

  it('reads plain numbers in range and levels spelt as in training, UTF-8 included', () => {
    expect(read('1,0.5,Ideal,61.5,x')).toEqual({ ok: true, values: [0.5, 'Ideal', 61.5] });
    expect(read('1,4,Très bon,40,x')).toEqual({ ok: true, values: [4, 'Très bon', 40] });
  });

  it('refuses what needs a note, an error or another reading', () => {
    for (const line of [
      '1,5,Good,61,x',
      '1,0.5,good,61,x',
      '1,0.5,Superb,61,x',
      '1, 0.5,Good,61,x',
    ]) {
      expect(read(line).ok, line).toBe(false);
    }
    expect(read('1,0.5,Good,,x').ok).toBe(false);
  });
});
