import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { createRequire } from 'node:module';
import { listingBatch, NO_SHIFT } from './support/listing-batch';
import { expectChampion } from './support/models';
import {
  checkBatch,
  expectDrifted,
  expectPriceChartOfOwnVersion,
  expectRefused,
  expectUntestedInputs,
  trainAndPromoteListings,
} from './support/monitor';

const DIAMONDS_CSV = createRequire(import.meta.url).resolve(
  '@observablehq/sample-datasets/diamonds.csv',
);

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

  // Every logged estimate so far is version 2's; none is logged once its tab is closed.
  await estimatePage.close();
  await page.getByTestId('retrain-promote').click();
  await expect(outcome).toHaveAttribute('data-promoted', 'true');
  await page.goto('#/monitor');
  await expectPriceChartOfOwnVersion(page);
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

  // A batch with carat (60% bigger) and price only: 8 of the 9 inputs go untested, not "stable".
  const columnsOf = (line: string) => {
    const cells = line.split(',');
    return ['carat', 'price'].map((name) => cells[header.indexOf(name)]).join(',');
  };
  await checkBatch(page, 'carat-only.csv', ['carat,price', ...shifted.map(columnsOf)].join('\n'));
  await expectUntestedInputs(page);
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
