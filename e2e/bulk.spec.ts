import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import {
  buildBulkFixture,
  bulkFixtureCsv,
  bulkFixtureXlsx,
  type RowExpectation,
} from '../src/test-support/bulk-fixture';
import { APPENDED, chooseFile, expectOutcomes, runAndDownload } from './support/bulk';
import { readDiamonds } from '../src/test-support/diamonds';
import { estimateCellsInNode, estimateInNode } from './support/node-estimates';

const fixture = buildBulkFixture();
const width = fixture.header.length;
/** How many of the `expected` rows come out as `kind`, as the summary's `data-*` counts say it. */
const countOf = (expected: readonly RowExpectation[], kind: RowExpectation['kind']): string =>
  String(expected.filter((row) => row.kind === kind).length);

test.beforeEach(async ({ page }) => {
  await page.goto('#/bulk');
});

test('a CSV comes back with every row, its columns in order, prices, reasons and escaped formulas', async ({
  page,
}) => {
  const { text, expected } = bulkFixtureCsv(fixture);
  await chooseFile(page, 'stock.csv', Buffer.from(text), 'text/csv');
  await expect(page.getByTestId('bulk-map-carat')).toHaveValue('1');
  await expect(page.getByTestId('bulk-preview')).toContainText('S-1');
  const firstPreviewRow = page.getByTestId('bulk-preview').locator('tbody tr').first();
  await expect(firstPreviewRow.locator('th')).toHaveText('1');
  await expect(firstPreviewRow.locator('td').first()).toHaveText('S-1');
  const { name, bytes } = await runAndDownload(page);
  const summary = page.getByTestId('bulk-summary');
  await expect(summary).toHaveAttribute('data-scored', countOf(expected, 'priced'));
  await expect(summary).toHaveAttribute('data-errors', countOf(expected, 'error'));
  // One numbering: data rows from 1 under the header (the blank line is row 4), in the list of
  // rows not priced and in the output preview alike.
  const errors = page.getByTestId('bulk-errors');
  await errors.locator('summary').click();
  await expect(errors.locator('li')).toHaveText(
    expected.flatMap((row, i) => (row.kind === 'error' ? [`Row ${i + 1}: ${row.error}`] : [])),
  );
  await expect(errors.locator('li[data-row="14"]')).toHaveText(
    'Row 14: Carat: "abc" is not a number',
  );
  const outputRow = page.getByTestId('bulk-output-preview').locator('tbody tr').nth(13);
  await expect(outputRow.locator('th')).toHaveText('14');
  await expect(outputRow.locator('td').first()).toHaveText('S-101');
  expect(name).toBe('stock-estimates.csv');

  const [header, ...rows] = Papa.parse<string[]>(bytes.toString('utf8'), {
    skipEmptyLines: 'greedy',
  }).data;
  expect(header).toEqual([...fixture.header, ...APPENDED]);
  expect(rows).toHaveLength(expected.length);
  const inputRows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data.slice(1);
  rows.forEach((row, i) => {
    const original = inputRows[i]!;
    const passed = row.slice(0, width);
    if (original.length === 1) expect(passed.every((cell) => cell === '')).toBe(true);
    else expect(passed.map((cell) => cell.replace(/^'(?=[=+@-])/, ''))).toEqual(original);
  });
  expect(rows[0]!.slice(10, 12)).toEqual(['-5', 'plain']);
  expect(rows[1]!.slice(10, 12)).toEqual(['-1.5', 'quoted, with a comma']);
  expect(rows[2]![11]).toBe('\'=HYPERLINK("http://example.com/x","click")');
  expect(rows[4]![11]).toBe("'@SUM(1+1)");
  await expectOutcomes(rows, expected, width);
  await expect(page.getByTestId('bulk-run-log').locator('tr[data-state="done"]')).toHaveCount(1);
});

test('a file of thousands of rows is shared with a helper thread and priced as the Node core prices it', async ({
  page,
}) => {
  const { header, rows } = readDiamonds();
  const stock = rows.slice(0, 9000);
  const text = `${[header, ...stock].map((row) => row.join(',')).join('\n')}\n`;
  await chooseFile(page, 'diamonds.csv', Buffer.from(text), 'text/csv');
  const { bytes } = await runAndDownload(page);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const threads = Number(await page.getByTestId('bulk-summary').getAttribute('data-threads'));
  expect(threads).toBe(Math.min(4, Math.max(1, cores)));
  const [outputHeader, ...output] = Papa.parse<string[]>(bytes.toString('utf8'), {
    skipEmptyLines: 'greedy',
  }).data;
  expect(outputHeader).toEqual([...header, ...APPENDED]);
  expect(output).toHaveLength(stock.length);
  const reference = await estimateCellsInNode(header, stock);
  output.forEach((row, i) => {
    expect(row.slice(0, header.length)).toEqual(stock[i]);
    expect(Number(row[header.length])).toBeCloseTo(reference[i]!, 2);
  });
});

test('an XLSX with two sheets: the person picks the sheet and gets XLSX back with typed cells', async ({
  page,
}) => {
  const workbook = Buffer.from(await (await bulkFixtureXlsx(fixture)).arrayBuffer());
  await chooseFile(
    page,
    'stock.xlsx',
    workbook,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  await expect(page.getByTestId('bulk-sheet')).toHaveValue('Read me');
  await expect(page.getByTestId('bulk-missing-columns')).toContainText(
    'carat, cut, color, clarity, depth, table, x, y, z',
  );
  await expect(page.getByTestId('bulk-start')).toBeDisabled();
  await page.getByTestId('bulk-sheet').selectOption('Stock');
  await expect(page.getByTestId('bulk-start')).toBeEnabled();
  const { name, bytes } = await runAndDownload(page);
  expect(name).toBe('stock-estimates.xlsx');
  await expect(page.getByTestId('bulk-summary')).toHaveAttribute(
    'data-errors',
    countOf(fixture.expected, 'error'),
  );

  const sheets = await readXlsxFile(new Blob([new Uint8Array(bytes)]), { trim: false });
  expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Read me', 'Stock']);
  const [header, ...rows] = sheets[1]!.data;
  expect(header).toEqual([...fixture.header, ...APPENDED]);
  expect(rows).toHaveLength(fixture.expected.length);
  expect(rows[0]!.slice(10, 12)).toEqual([-5, 'plain']);
  expect(typeof rows[0]![1]).toBe('number');
  expect(rows[2]![11]).toBe('=HYPERLINK("http://example.com/x","click")');
  await expectOutcomes(rows, fixture.expected, width);
});

test('bad files get a specific message before anything runs; a misnamed column can be mapped by hand', async ({
  page,
}) => {
  const error = page.getByTestId('bulk-file-error');
  await chooseFile(
    page,
    'no-header.csv',
    Buffer.from('0.23,Ideal,E,SI2,61.5,55,3.95,3.98,2.43\n'),
    'text/csv',
  );
  await expect(error).toContainText(
    'looks like data, not column names. Add a header row naming the columns: carat,',
  );
  await chooseFile(
    page,
    'broken.xlsx',
    Buffer.from('PK\u0003\u0004 this is not a workbook'),
    'application/octet-stream',
  );
  await expect(error).toContainText('broken.xlsx is damaged');
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const encryption = [...Buffer.from('EncryptionInfo', 'utf16le')];
  await chooseFile(
    page,
    'locked.xlsx',
    Buffer.from([...ole, 0, 0, ...encryption]),
    'application/octet-stream',
  );
  await expect(error).toContainText('This workbook is encrypted (password-protected)');

  const semicolons =
    'weight;cut;color;clarity;depth;table;x;y;z\n0,23;Ideal;E;SI2;61,5;55;3,95;3,98;2,43\n';
  await chooseFile(page, 'european.csv', Buffer.from(semicolons), 'text/csv');
  await expect(error).toHaveCount(0);
  await expect(page.getByTestId('bulk-missing-columns')).toHaveAttribute('data-value', 'carat');
  await expect(page.getByTestId('bulk-start')).toBeDisabled();
  await page.getByTestId('bulk-map-carat').selectOption({ label: 'weight' });
  const { bytes } = await runAndDownload(page);
  const [header, row] = Papa.parse<string[]>(bytes.toString('utf8'), { skipEmptyLines: true }).data;
  expect(header).toEqual([
    'weight',
    'cut',
    'color',
    'clarity',
    'depth',
    'table',
    'x',
    'y',
    'z',
    ...APPENDED,
  ]);
  const [expected] = await estimateInNode([
    {
      carat: '0.23',
      cut: 'Ideal',
      color: 'E',
      clarity: 'SI2',
      depth: '61.5',
      table: '55',
      x: '3.95',
      y: '3.98',
      z: '2.43',
    },
  ]);
  expect(row!.slice(0, 9)).toEqual([
    '0,23',
    'Ideal',
    'E',
    'SI2',
    '61,5',
    '55',
    '3,95',
    '3,98',
    '2,43',
  ]);
  expect(Number(row![9])).toBeCloseTo(expected!, 2);
});

test('a long run shows rows, rows/s and ETA, and can be cancelled', async ({ page }, testInfo) => {
  const line = '0.9,Ideal,G,VS2,61.8,57,6.2,6.2,3.8,a note\n';
  const path = testInfo.outputPath('big.csv');
  await writeFile(path, `carat,cut,color,clarity,depth,table,x,y,z,note\n${line.repeat(600_000)}`);
  await page.getByTestId('bulk-file-input').setInputFiles(path);
  await page.getByTestId('bulk-start').click();
  await expect(page.getByTestId('bulk-status')).toHaveAttribute('data-state', 'running');
  await expect(page.getByTestId('bulk-progress')).toContainText(/rows\/s · about \d+/);
  await page.getByTestId('bulk-cancel').click();
  await expect(page.getByTestId('bulk-status')).toHaveAttribute('data-state', 'cancelled');
  await expect(page.getByTestId('bulk-download')).toHaveCount(0);
  await expect(page.getByTestId('bulk-run-log').locator('tr[data-state="cancelled"]')).toHaveCount(
    1,
  );
  // The partial output written to the browser's private storage is removed.
  const leftovers = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('bulk-output', { create: true });
    const names: string[] = [];
    for await (const name of folder.keys()) names.push(name);
    return names;
  });
  expect(leftovers).toEqual([]);
});

test('"save as it is scored" streams the output into the picked file', async ({ page }) => {
  // Headless Chromium shows no picker: hand out a file of the origin-private file system instead,
  // a real FileSystemFileHandle that the worker streams into.
  await page.addInitScript(() => {
    Object.assign(window, {
      showSaveFilePicker: async ({ suggestedName }: { suggestedName: string }) =>
        (await navigator.storage.getDirectory()).getFileHandle(suggestedName, { create: true }),
    });
  });
  await page.reload();
  const { text, expected } = bulkFixtureCsv(fixture);
  await chooseFile(page, 'stock.csv', Buffer.from(text), 'text/csv');
  await page.getByLabel(/Save to a file as it is scored/).check();
  await page.getByTestId('bulk-start').click();
  await expect(page.getByTestId('bulk-status')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('bulk-saved')).toContainText('stock-estimates.csv');
  await expect(page.getByTestId('bulk-download')).toHaveCount(0);
  const written = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    return (await (await root.getFileHandle('stock-estimates.csv')).getFile()).text();
  });
  const [header, ...rows] = Papa.parse<string[]>(written, { skipEmptyLines: 'greedy' }).data;
  expect(header).toEqual([...fixture.header, ...APPENDED]);
  await expectOutcomes(rows, expected, width);
});
