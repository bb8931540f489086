import readXlsxFile from 'read-excel-file/universal';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBulkFixture, bulkFixtureXlsx } from '../../test-support/bulk-fixture';
import { useWasmBackend } from '../../test-support/tf-backend';
import { DEFAULT_BULK_LIMITS } from './ml-service';
import { createTestMlService } from '../../test-support/ml-service';

const service = createTestMlService();

describe('ml service: bulk XLSX', () => {
  beforeAll(useWasmBackend);

  it('lists the sheets, reads the one chosen, and writes XLSX with typed cells', async () => {
    const fixture = buildBulkFixture();
    const file = new File([await bulkFixtureXlsx(fixture)], 'stock.xlsx');
    const first = await service.inspectFile(file, null);
    if (!first.ok) throw new Error(first.message);
    expect(first.inspection.sheets).toEqual(['Read me', 'Stock']);
    expect(first.inspection.sheet).toBe('Read me');
    const chosen = await service.inspectFile(file, 'Stock');
    if (!chosen.ok) throw new Error(chosen.message);
    expect(chosen.inspection.mapping.carat).toBe(1);
    const result = await service.scoreFile(
      {
        runId: 'x',
        file,
        sheet: 'Stock',
        mapping: chosen.inspection.mapping,
        output: { kind: 'download' },
      },
      () => undefined,
    );
    if (result.status !== 'done' || !result.output) throw new Error(JSON.stringify(result));
    expect(result.outputName).toBe('stock-estimates.xlsx');
    expect(result.summary).toMatchObject({
      rows: 16,
      scored: 15,
      errors: 1,
      noted: 3,
      format: 'xlsx',
    });
    const sheets = await readXlsxFile(result.output, { trim: false });
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Read me', 'Stock']);
    const [header, ...rows] = sheets[1]!.data;
    expect(header).toEqual([
      ...fixture.header,
      'predicted_price',
      'predicted_price_low',
      'predicted_price_high',
      'estimate_error',
      'estimate_note',
    ]);
    expect(rows).toHaveLength(16);
    expect(rows[0]![1]).toBeTypeOf('number');
    expect(rows[0]![10]).toBe(-5);
    expect(rows[0]![12]).toBeTypeOf('number');
    expect(rows[2]![11]).toBe('=HYPERLINK("http://example.com/x","click")');
    expect(rows[12]![15]).toBe('Carat: "abc" is not a number');
    expect(rows[12]![12]).toBeNull();
    expect(rows[13]![16]).toBe('depth: no value, priced as missing');
    expect(rows[13]![12]).toBeTypeOf('number');
    expect(sheets[0]!.data).toEqual([['Stock list exported for pricing'], ['Prices in USD']]);
  });

  it('refuses damaged, oversized and sheet-less input with the reason', async () => {
    const damaged = await service.inspectFile(
      new File(['PK\u0003\u0004 not really'], 'bad.xlsx'),
      null,
    );
    expect(damaged).toEqual({
      ok: false,
      message: 'bad.xlsx is damaged: its ZIP directory cannot be read. Re-save it in Excel.',
    });
    const small = createTestMlService({ ...DEFAULT_BULK_LIMITS, xlsxMaxBytes: 100 });
    const xlsx = new File([await bulkFixtureXlsx(buildBulkFixture(2))], 'big.xlsx');
    const tooBig = await small.inspectFile(xlsx, null);
    expect(tooBig).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^big\.xlsx is .* MB; XLSX files are read whole in memory and the limit is 0\.0 MB/,
      ),
    });
    const missing = await service.inspectFile(xlsx, 'Prices');
    expect(missing).toEqual({ ok: false, message: 'The workbook has no sheet "Prices".' });
  });
});
