import { describe, expect, it } from 'vitest';
import { PriceEstimator } from '../model/price-estimator';
import { readShippedBundle } from '../../test-support/shipped-model';
import { useWasmBackend } from '../../test-support/tf-backend';
import { TEST_SIGNATURE } from '../../test-support/bulk-signature';
import {
  BULK_FIXTURE_MAPPING,
  buildBulkFixture,
  bulkFixtureCsv,
} from '../../test-support/bulk-fixture';
import { deferPricing } from './bulk-chunk-scorer';
import { scoreCsvFile } from './bulk-csv-scoring';
import { scoreCsvByRows } from './bulk-reference';
import {
  asLatin1,
  BYTE_MAPPING,
  BYTE_SIGNATURE,
  fakePrice,
  scoreBothWays,
} from './bulk-test-support';

const SLICES = [1, 2, 3, 7, 16, 61, 1 << 20];

/** A file with every kind of row: priced, noted, refused, quoted, formulas, odd quotes. */
const MIXED_ROWS = [
  'id,carat,cut,depth,remark',
  '1,0.5,Ideal,61.5,plain',
  '2,0.7,Good,62,-5',
  '3,1.2,Très bon,60,Ёлка',
  '4,0.3,ideal,61,lower-case level',
  '5, 0.4 ,Good,61,spaces',
  '6,0,5,Good,61,a decimal comma makes a cell too many',
  '7,5.5,Ideal,61,out of range',
  '8,0.5,Superb,61,unseen level',
  '9,NA,Good,61,placeholder',
  '10,,Good,61,empty',
  '11,0.5,Good,61,=1+1',
  '12,0.5,Good,61, =cmd',
  '13,0.5,Good,61,@x',
  '14,0.5,Good,61,"quoted, with a comma"',
  '15,"0.6","Ideal","62","all quoted"',
  '16,0.5,Good,61,"two\nlines"',
  '17,0.5,Good,61,"say ""hi"""',
  '',
  '18,0.5,Good',
  '19,0.5,Good,61,x,extra',
  '20,3.5,Good,61,NaN price',
  '21,3.25,Good,61,negative price',
  '22,0.5,Good,61,\tTab',
  '23,0.5,Good,61,\u00a0=nbsp',
  '24,1234567890123456,Good,61,long number',
  '25,0.2000000000000001,Good,61,many digits',
  '26,-0,Good,61,negative zero',
  '27,2.345,Ideal,79.99,\u00e9t\u00e9',
];

const IRREGULAR_ROWS = [
  '28,0.5,Good,61,"a"b',
  '29,0.5,Good,61,5" stray quote',
  '30,0.6,Good,61,after the odd quotes',
];

const setupFor = (sliceBytes: number) => ({
  signature: BYTE_SIGNATURE,
  mapping: BYTE_MAPPING,
  sliceBytes,
});

async function expectSameOutput(content: string | Uint8Array, slices = SLICES) {
  for (const sliceBytes of slices) {
    const { reference, bytes } = await scoreBothWays(content, setupFor(sliceBytes));
    expect(asLatin1(bytes.output), `slice ${sliceBytes}`).toBe(asLatin1(reference.output));
    expect(bytes.tally, `slice ${sliceBytes}`).toEqual(reference.tally);
  }
}

describe('scoreCsvFile', () => {
  it('writes the same bytes and tally as the row-by-row path, for every line break', async () => {
    for (const linebreak of ['\n', '\r\n', '\r']) {
      const text = [...MIXED_ROWS, '31,0.9,Good,61,last'].join(linebreak);
      await expectSameOutput(`${text}${linebreak}`);
      await expectSameOutput(text);
    }
  });

  it('hands rows with odd quotes to papaparse and takes over again after them', async () => {
    await expectSameOutput([...MIXED_ROWS, ...IRREGULAR_ROWS, ''].join('\r\n'));
    await expectSameOutput([...MIXED_ROWS, ...IRREGULAR_ROWS, '32,0.5,Good,61,"open'].join('\n'));
  });

  it('keeps other separators, the BOM, blank lines and stray line breaks', async () => {
    const semicolons = MIXED_ROWS.map((row) => row.replaceAll(',', ';')).join('\n');
    await expectSameOutput(`\uFEFF${semicolons}\n\n\n`, [3, 16, 1 << 20]);
    await expectSameOutput(MIXED_ROWS.map((row) => row.replaceAll(',', '\t')).join('\r\n'));
    await expectSameOutput(`${MIXED_ROWS.join('\n')}\n\n\n1,0.5,Good,61,x\n\n`);
    await expectSameOutput(`${MIXED_ROWS.join('\n')}\n1,0.5,Good,61,a\rb\r\n2,0.5,Good,61,c\n`);
    await expectSameOutput(`${MIXED_ROWS.join('\r\n')}\r\n1,0.5,Good,61,a\nb\r\n`);
  });

  it('reads decimal commas and quoted cells from bytes, writing what the formatter writes', async () => {
    const european = MIXED_ROWS.map((row) => row.replaceAll(',', ';').replaceAll('.', ','));
    await expectSameOutput([...european, '7;1,234;Good;61;thousands', ''].join('\r\n'));
    const quoted = [
      'id,carat,cut,depth,remark',
      '"1","0.5","Ideal","61.5","plain"',
      '"2","0.7","Good","62","=x"',
      '"3","1,5","Good","61","a, b"',
      '"4","0.5","Good","61","say ""hi"""',
      '"5","0.5","Good","61","\r\nbreak"',
      '"6","0.5","Très bon","61",""',
      '"7",0.5,"Good",61,"-5"',
    ];
    await expectSameOutput(`${quoted.join('\n')}\n`);
  });

  it('writes bytes that are not UTF-8 as the decoder reads them (U+FFFD)', async () => {
    const head = new TextEncoder().encode(`${MIXED_ROWS.join('\n')}\n1,0.5,Good,61,`);
    const tail = new TextEncoder().encode('\n2,0.5,Go\xffod,61,x\n3,0.5,Good,61,end\n');
    const bad = Uint8Array.of(0xff, 0x41, 0xc3, 0x2c, 0xe2, 0x82);
    const bytes = new Uint8Array([...head, ...bad, ...tail]);
    await expectSameOutput(bytes);
  });

  it('reads headers and files with nothing but a header, and tells an empty file', async () => {
    await expectSameOutput('id,carat,cut,depth,remark\n');
    await expectSameOutput('"id","carat","cut","depth","remark"\r\n1,0.5,Good,61,x\r\n');
    await expectSameOutput('id,"car\nat",cut,depth,"x""y"\n1,0.5,Good,61,x\n', [1, 5, 1 << 20]);
    const empty = await scoreCsvFile(new Blob([]), setupFor(16), {
      beginPrice: deferPricing(fakePrice),
      write: async () => undefined,
      onRows: () => undefined,
      onProgress: () => undefined,
      isCancelled: () => false,
    });
    expect(empty).toEqual({ end: 'done', header: null });
  });

  it('refuses a row left open by a quote that never closes, naming the row as before', async () => {
    const text = `${MIXED_ROWS.slice(0, 6).join('\n')}\n7,0.5,Good,61,"never closed\n${'x,'.repeat(400)}\n`;
    const failure = (run: Promise<unknown>) =>
      run.then(
        () => 'no error',
        (error: Error) => error.message,
      );
    for (const sliceBytes of [16, 64]) {
      const setup = { ...setupFor(sliceBytes), maxRowChars: 300 };
      const hooks = {
        beginPrice: deferPricing(fakePrice),
        write: async () => undefined,
        onRows: () => undefined,
        onProgress: () => undefined,
        isCancelled: () => false,
      };
      const message = await failure(scoreCsvFile(new Blob([text]), setup, hooks));
      expect(message).toMatch(/^Row 6 runs on for more than 300 characters/);
      expect(await failure(scoreCsvByRows(new Blob([text]), setup, fakePrice))).toBe(message);
    }
  });

  it('matches for a model with a yes/no input (read by the row checks) and the bulk fixture', async () => {
    const { text } = bulkFixtureCsv(buildBulkFixture(40), ';');
    const setup = { signature: TEST_SIGNATURE, mapping: { carat: 1, cut: 2, has_cert: 4 } };
    for (const sliceBytes of [5, 64, 1 << 20]) {
      const { reference, bytes } = await scoreBothWays(text, { ...setup, sliceBytes });
      expect(asLatin1(bytes.output)).toBe(asLatin1(reference.output));
      expect(bytes.tally).toEqual(reference.tally);
    }
  });

  it('writes the same bytes as the row-by-row path with the shipped model', async () => {
    await useWasmBackend();
    const bundle = readShippedBundle();
    const estimator = await PriceEstimator.load(bundle);
    try {
      const { text } = bulkFixtureCsv(buildBulkFixture(50));
      const setup = {
        signature: bundle.signature,
        mapping: BULK_FIXTURE_MAPPING,
        sliceBytes: 512,
      };
      const price = (frame: Parameters<typeof estimator.estimate>[0]) =>
        estimator.estimate(frame, 64);
      const { reference, bytes } = await scoreBothWays(text, setup, price);
      expect(asLatin1(bytes.output)).toBe(asLatin1(reference.output));
      expect(bytes.tally).toEqual(reference.tally);
    } finally {
      estimator.dispose();
    }
  });
});
