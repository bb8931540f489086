import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { createRandom } from '../src/core/random';
import { buildListingsCsv } from './support/listings';
import { expectChampion } from './support/models';

const DIAMONDS_CSV = createRequire(import.meta.url).resolve(
  '@observablehq/sample-datasets/diamonds.csv',
);

const BRANDS = ['Audi', 'BMW', 'Ford', 'Skoda', 'Toyota'];

/** How a batch differs from the training listings: older cars, more miles, bigger engines. */
interface Shift {
  years: number;
  mileageFactor: number;
  engineLitres: number;
}

const NO_SHIFT: Shift = { years: 0, mileageFactor: 1, engineLitres: 0 };

/**
 * `rows` listings drawn like `buildListingsCsv` (same columns, same price rule) from another
 * seed, optionally shifted. Prices follow the shifted features, as real ones would.
 */
function listingBatch(rows: number, seed: number, shift: Shift): string {
  const random = createRandom(seed);
  const lines = ['listing_id;brand;year;mileage;engine;automatic;country;fee;price'];
  for (let i = 0; i < rows; i++) {
    const brand = BRANDS[i % BRANDS.length]!;
    const year = 2005 + Math.floor(random() * 18) - shift.years;
    const mileage = Math.round((5_000 + random() * 150_000) * shift.mileageFactor);
    const engine = 1 + Math.round(random() * 20) / 10 + shift.engineLitres;
    const isAutomatic = random() < 0.4;
    const base = 3_000 + (year - 2005) * 900 - mileage * 0.015 + (brand === 'BMW' ? 4_000 : 0);
    const price = Math.round(Math.max(800, base) * (isAutomatic ? 1.1 : 1));
    const cells = [
      brand,
      year,
      mileage,
      engine.toFixed(1).replace('.', ','),
      isAutomatic ? 'yes' : 'no',
      'UK',
      (price * 0.1).toFixed(2),
      price,
    ];
    lines.push(`B-${seed}-${i};${cells.join(';')}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function trainAndPromoteListings(page: Page): Promise<void> {
  await page.goto('#/data');
  await page.getByTestId('dataset-file-input').setInputFiles({
    name: 'listings.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(buildListingsCsv(400).text),
  });
  await expect(page.getByTestId('ingest-status')).toHaveAttribute('data-state', 'done');
  await page.goto('#/train');
  await expect(page.getByTestId('train-target-select')).toHaveValue('price');
  await page.getByTestId('train-preset').selectOption('fast');
  await page.getByTestId('train-start').click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-state', 'done', {
    timeout: 60_000,
  });
  await page.getByTestId('register-policy').selectOption('always');
  await page.getByTestId('register-model').click();
  await expect(page.getByTestId('register-outcome')).toHaveAttribute('data-promoted', 'true');
}

async function checkBatch(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('drift-file-input').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });
  await expect(page.getByTestId('drift-status')).toHaveAttribute('data-state', 'done', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('drift-report')).toBeVisible();
}

async function expectRefused(page: Page, name: string, text: string, message: RegExp) {
  await page.getByTestId('drift-file-input').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });
  const status = page.getByTestId('drift-status');
  await expect(status).toHaveAttribute('data-state', 'failed');
  await expect(status).toContainText(message);
  await expect(page.getByTestId('retrain-button')).toHaveCount(0);
}

async function expectDrifted(page: Page, drifted: Record<string, boolean>): Promise<void> {
  for (const [column, isDrifted] of Object.entries(drifted)) {
    const entry = page.getByTestId(`drift-column-${column}`);
    await expect(entry).toHaveAttribute('data-status', 'tested');
    await expect(entry).toHaveAttribute('data-drifted', String(isDrifted));
  }
}

test('drift of a like batch and a shifted one, then retrain from it while estimates answer', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await trainAndPromoteListings(page);
  await page.goto('#/monitor');
  await expectRefused(
    page,
    'one-row.csv',
    listingBatch(1, 10, NO_SHIFT),
    /has 1 row; .* at least 30/,
  );
  await expectRefused(
    page,
    'wrong.csv',
    'a,b\n1,2\n3,4\n',
    /none of the model's columns \(brand, year, mileage, engine, automatic\); its columns are: a, b/,
  );

  // buildListingsCsv gives row i the brand i % 5, so Audi rows are exactly its TEST rows
  // (i % 5 == 0): the training profile never saw Audi, and a batch holding it is flagged there.
  await checkBatch(page, 'like-training.csv', listingBatch(2000, 11, NO_SHIFT));
  await expect(page.getByTestId('dataset-drift')).toHaveAttribute('data-drifted', 'false');
  await expect(page.getByTestId('dataset-drift')).toHaveAttribute('data-value', '0.2');
  await expectDrifted(page, {
    brand: true,
    year: false,
    mileage: false,
    engine: false,
    automatic: false,
  });
  await expect(page.getByTestId('drift-column-brand')).toContainText(
    '400 rows hold levels never seen in training: Audi',
  );
  await expect(page.getByTestId('performance-drift')).toHaveAttribute('data-state', 'done');

  const shift = { years: 6, mileageFactor: 1.8, engineLitres: 0.8 };
  await checkBatch(page, 'shifted.csv', listingBatch(2000, 12, shift));
  await expect(page.getByTestId('dataset-drift')).toHaveAttribute('data-drifted', 'true');
  await expect(page.getByTestId('dataset-drift')).toHaveAttribute('data-value', '0.8');
  await expect(page.getByTestId('performance-drift')).toHaveAttribute('data-drifted', 'true');
  // The person sets how much worse counts as performance drift.
  await page.getByTestId('performance-threshold').fill('1000');
  await checkBatch(page, 'shifted.csv', listingBatch(2000, 12, shift));
  await expect(page.getByTestId('performance-drift')).toHaveAttribute('data-drifted', 'false');
  await expectDrifted(page, {
    brand: true,
    year: true,
    mileage: true,
    engine: true,
    automatic: false,
  });
  await expect(
    page.getByTestId('drift-column-year').locator('.recharts-bar-rectangle').first(),
  ).toBeVisible();
  await expect(page.getByTestId('drift-report-row')).toHaveCount(3);

  // A retrain cancelled while it trains registers nothing: the one below becomes version 3.
  await page.getByTestId('retrain-promotion').selectOption('auto');
  await page.getByTestId('retrain-button').click();
  await expect(page.getByTestId('retrain-status')).toContainText(
    'Training with the Production preset',
  );
  await page.getByTestId('retrain-cancel').click();
  await expect(page.getByTestId('retrain-status')).toHaveAttribute('data-state', 'failed');
  await expect(page.getByTestId('retrain-status')).toContainText(/cancelled/i);

  // The Estimate page is open (in another tab) before the retrain starts, as a person would have it.
  const estimatePage = await context.newPage();
  await estimatePage.goto('#/estimate');
  const value = estimatePage.getByTestId('estimate-value');
  await expect(value).toHaveAttribute('data-value', /^\d/);
  await page.bringToFront();
  await page.getByTestId('retrain-promotion').selectOption('manual');
  await page.getByTestId('retrain-button').click();
  const status = page.getByTestId('retrain-status');
  await expect(status).toContainText('Training with the Production preset');
  let answersWhileTraining = 0;
  for (const year of ['2021', '2008', '2016']) {
    const before = await value.getAttribute('data-value');
    await estimatePage.getByTestId('field-year').fill(year);
    await expect(value).not.toHaveAttribute('data-value', before!, { timeout: 2_000 });
    expect(Number(await value.getAttribute('data-value'))).toBeGreaterThan(0);
    if ((await status.getAttribute('data-state')) === 'running') answersWhileTraining++;
  }
  expect(answersWhileTraining).toBe(3);

  await expect(page.getByTestId('retrain-status')).toHaveAttribute('data-state', 'done', {
    timeout: 180_000,
  });
  const outcome = page.getByTestId('retrain-outcome');
  await expect(outcome).toHaveAttribute('data-version', '3');
  await expect(outcome).toHaveAttribute('data-promoted', 'false');
  const comparison = page.getByTestId('retrain-comparison');
  expect(Number(await comparison.getAttribute('data-rows'))).toBe(400);
  expect(Number(await comparison.getAttribute('data-challenger-rmse'))).toBeGreaterThan(0);
  expect(Number(await comparison.getAttribute('data-champion-rmse'))).toBeGreaterThan(0);

  await page.getByTestId('retrain-promote').click();
  await expect(outcome).toHaveAttribute('data-promoted', 'true');
  await page.goto('#/monitor');
  await expect(page.getByTestId('log-estimates')).toHaveAttribute('data-value', /^[1-9]/);
  await expect(
    page.getByTestId('log-price-chart').locator('.recharts-bar-rectangle').first(),
  ).toBeVisible();
  await page.goto('#/models');
  await expectChampion(page, 3);
});

test('the shipped diamonds champion checks drift against its training profile', async ({
  page,
}) => {
  const lines = (await readFile(DIAMONDS_CSV, 'utf8')).trim().split('\n');
  const header = lines[0]!.split(',');
  const sample = lines.slice(1).filter((_, i) => i % 40 === 7);
  await page.goto('#/monitor');
  await checkBatch(page, 'diamonds.csv', [lines[0], ...sample].join('\n'));
  await expect(page.getByTestId('dataset-drift')).toHaveAttribute('data-drifted', 'false');
  await expectDrifted(page, { carat: false, cut: false, clarity: false, depth: false });

  // Every stone 60% bigger (carat and the three sizes) and every cut Fair: 5 of 9 features move.
  const scaled = new Set(['carat', 'x', 'y', 'z']);
  const shifted = sample.map((line) =>
    line
      .split(',')
      .map((cell, j) => {
        if (header[j] === 'cut') return 'Fair';
        return scaled.has(header[j]!) ? String(Number(cell) * 1.6) : cell;
      })
      .join(','),
  );
  await checkBatch(page, 'bigger.csv', [lines[0], ...shifted].join('\n'));
  await expect(page.getByTestId('dataset-drift')).toHaveAttribute('data-drifted', 'true');
  await expectDrifted(page, { carat: true, cut: true, x: true, depth: false, clarity: false });
});

test('estimates are logged and shown on the dashboard, and the log exports as CSV', async ({
  page,
}) => {
  await page.goto('#/estimate');
  const value = page.getByTestId('estimate-value');
  await expect(value).toHaveAttribute('data-value', /^\d/);
  await page.getByTestId('field-carat').fill('1.5');
  await expect(value).toHaveAttribute('data-value', /^\d/);
  await page.waitForTimeout(1_000);
  await page.getByTestId('field-carat').fill('0.7');
  await page.waitForTimeout(1_000);

  await page.goto('#/monitor');
  const estimates = page.getByTestId('log-estimates');
  await expect(estimates).toHaveAttribute('data-value', /^[1-9]/);
  const count = Number(await estimates.getAttribute('data-value'));
  const latency = page.getByTestId('log-latency');
  expect(Number(await latency.getAttribute('data-p95'))).toBeGreaterThan(0);
  expect(Number(await latency.getAttribute('data-p95'))).toBeGreaterThanOrEqual(
    Number(await latency.getAttribute('data-p50')),
  );
  await expect(page.getByTestId('log-volume-chart').locator('.recharts-bar-rectangle')).toHaveCount(
    1,
  );

  const download = page.waitForEvent('download');
  await page.getByTestId('log-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('estimo-prediction-log.csv');
  const text = await readFile(await file.path(), 'utf8');
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toMatch(/^kind,at,model_version,value,low,high,latency_ms,.*carat/);
  expect(lines).toHaveLength(count + 1);
  expect(lines.slice(1).every((line) => line.startsWith('estimate,'))).toBe(true);
  expect(lines.some((line) => line.includes(',0.7,') || line.endsWith(',0.7'))).toBe(true);
});
