import * as tf from '@tensorflow/tfjs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnFromCells, type Frame } from '../../core/data/frame';
import { PriceEstimator } from '../../core/model/price-estimator';
import type { RawInput } from '../../core/model/input-record';
import { buildBulkFixture, bulkFixtureCsv } from '../../test-support/bulk-fixture';
import { readShippedBundle } from '../../test-support/shipped-model';
import { useWasmBackend } from '../../test-support/tf-backend';
import type { BulkProgress, BulkResult, MlApi } from './api';
import { DEFAULT_BULK_LIMITS } from './ml-service';
import { createTestMlService } from '../../test-support/ml-service';

const bundle = readShippedBundle();
const createService = (limits = DEFAULT_BULK_LIMITS): MlApi => createTestMlService(limits);

/** Reference prices from the core estimator, one row at a time (as the Estimate page asks). */
async function referencePrices(items: RawInput[]): Promise<number[]> {
  const estimator = await PriceEstimator.load(bundle);
  try {
    const prices: number[] = [];
    for (const item of items) {
      const columns: Frame['columns'] = {};
      for (const input of bundle.signature.inputs) {
        columns[input.name] = columnFromCells(input.type, [String(item[input.name])]);
      }
      prices.push((await estimator.estimate({ rowCount: 1, columns })).values[0]!);
    }
    return prices;
  } finally {
    estimator.dispose();
  }
}

async function scoreText(service: MlApi, file: File, runId = 'run-1') {
  const inspected = await service.inspectFile(file, null);
  if (!inspected.ok) throw new Error(inspected.message);
  const progress: BulkProgress[] = [];
  const result = await service.scoreFile(
    {
      runId,
      file,
      sheet: null,
      mapping: inspected.inspection.mapping,
      output: { kind: 'download' },
    },
    (event) => progress.push(event),
  );
  return { inspection: inspected.inspection, result, progress };
}

function doneOutput(result: BulkResult): {
  output: Blob;
  summary: Extract<BulkResult, { status: 'done' }>['summary'];
} {
  if (result.status !== 'done' || !result.output) throw new Error(`Run ended ${result.status}`);
  return { output: result.output, summary: result.summary };
}

describe('ml service: bulk CSV', () => {
  beforeAll(useWasmBackend);

  it('matches columns by name and previews the file', async () => {
    const { text } = bulkFixtureCsv(buildBulkFixture(), ';');
    const inspected = await createService().inspectFile(new File([text], 'stock.csv'), null);
    if (!inspected.ok) throw new Error(inspected.message);
    const { inspection } = inspected;
    expect(inspection.format).toBe('csv');
    expect(inspection.delimiter).toBe(';');
    expect(inspection.mapping).toEqual({
      carat: 1,
      cut: 2,
      color: 3,
      clarity: 4,
      depth: 5,
      table: 6,
      x: 7,
      y: 8,
      z: 9,
    });
    expect(inspection.previewRows).toHaveLength(10);
    expect(inspection.model.version).toBe(1);
  });

  it('writes every row back with prices equal to the core estimator, errors and escaped formulas', async () => {
    const fixture = buildBulkFixture();
    const { text, expected } = bulkFixtureCsv(fixture);
    const service = createService();
    await service.inspectFile(new File(['carat\n1\n'], 'warm.csv'), null);
    const before = tf.memory().numTensors;
    const { result, progress } = await scoreText(service, new File([text], 'stock.csv'));
    expect(tf.memory().numTensors).toBe(before);
    const { output, summary } = doneOutput(result);
    const rows = Papa.parse<string[]>(await output.text(), { skipEmptyLines: true }).data;
    const [header, ...body] = rows;
    expect(header).toEqual([
      ...fixture.header,
      'predicted_price',
      'predicted_price_low',
      'predicted_price_high',
      'estimate_error',
      'estimate_note',
    ]);
    expect(body).toHaveLength(expected.length);
    const pricedItems = expected.flatMap((row) => (row.kind === 'priced' ? [row.item] : []));
    const reference = await referencePrices(pricedItems);
    let k = 0;
    expected.forEach((row, i) => {
      const cells = body[i]!;
      if (row.kind === 'error') {
        expect(cells[15]).toBe(row.error);
        expect(cells[12]).toBe('');
        return;
      }
      expect(Number(cells[12])).toBeCloseTo(reference[k++]!, 2);
      expect(Number(cells[13])).toBeLessThan(Number(cells[12]));
      expect(Number(cells[14])).toBeGreaterThan(Number(cells[12]));
      expect(cells[15]).toBe('');
      expect(cells[16]).toBe(row.note ?? '');
    });
    expect(body[0]!.slice(10)).toEqual(['-5', 'plain', ...body[0]!.slice(12)]);
    expect(body[2]![11]).toBe('\'=HYPERLINK("http://example.com/x","click")');
    expect(body[1]![11]).toBe('quoted, with a comma');
    expect(summary).toMatchObject({
      rows: 17,
      scored: 15,
      errors: 2,
      noted: 3,
      modelVersion: 1,
      format: 'csv',
    });
    expect(progress.at(-1)).toMatchObject({ rowsDone: 17, fraction: 1, etaMs: 0 });
  });

  it('keeps the separator, the BOM and the line breaks of the file', async () => {
    const { text } = bulkFixtureCsv(buildBulkFixture(3), ';');
    const { result } = await scoreText(createService(), new File([`\uFEFF${text}`], 'stock.csv'));
    const bytes = new Uint8Array(await doneOutput(result).output.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const written = new TextDecoder().decode(bytes);
    expect(written.split('\r\n')[0]).toBe(
      'stock_id;Carat;CUT;Color; clarity ;depth;TABLE;x;y;z;paid;remark;predicted_price;predicted_price_low;predicted_price_high;estimate_error;estimate_note',
    );
  });

  it('refuses files it cannot score before anything runs, saying why', async () => {
    const service = createService();
    const headerless = await service.inspectFile(
      new File(['0.23,Ideal,E\n0.3,Good,F\n'], 'a.csv'),
      null,
    );
    expect(headerless).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The first row \("0.23", "Ideal", "E"\) looks like data/),
    });
    const noRows = await service.inspectFile(new File(['carat,cut\n'], 'b.csv'), null);
    expect(noRows).toEqual({ ok: false, message: 'b.csv has a header row but no rows to price.' });
    const empty = await service.inspectFile(new File([], 'c.csv'), null);
    expect(empty).toEqual({ ok: false, message: 'The file is empty.' });
    const wrong = await service.inspectFile(new File(['weight,grade\n1,2\n'], 'd.csv'), null);
    expect(
      wrong.ok && Object.values(wrong.inspection.mapping).every((index) => index === null),
    ).toBe(true);
  });

  it('stops a cancelled run and reports it, and refuses output over the download limit', async () => {
    const { text } = bulkFixtureCsv(buildBulkFixture());
    const file = new File([text], 'stock.csv');
    const service = createService();
    const inspected = await service.inspectFile(file, null);
    if (!inspected.ok) throw new Error(inspected.message);
    const request = {
      runId: 'cancel-me',
      file,
      sheet: null,
      mapping: inspected.inspection.mapping,
      output: { kind: 'download' as const },
    };
    await service.cancel('cancel-me');
    expect(await service.scoreFile(request, () => undefined)).toEqual({
      status: 'cancelled',
      rowsDone: 0,
    });
    const small = createService({ ...DEFAULT_BULK_LIMITS, downloadMaxBytes: 1000 });
    const failed = await small.scoreFile({ ...request, runId: 'big' }, () => undefined);
    expect(failed).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('the limit for a download kept in memory'),
    });
  });
});
