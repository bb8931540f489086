/** Steps and checks of the Monitor journeys. */
import { expect, type Page } from '@playwright/test';
import { buildListingsCsv } from './listings';

export async function trainAndPromoteListings(page: Page): Promise<void> {
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

export async function checkBatch(page: Page, name: string, text: string): Promise<void> {
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

export async function expectRefused(page: Page, name: string, text: string, message: RegExp) {
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

export async function expectDrifted(page: Page, drifted: Record<string, boolean>): Promise<void> {
  for (const [column, isDrifted] of Object.entries(drifted)) {
    const entry = page.getByTestId(`drift-column-${column}`);
    await expect(entry).toHaveAttribute('data-status', 'tested');
    await expect(entry).toHaveAttribute('data-drifted', String(isDrifted));
  }
}

/**
 * After v3 (no logged estimate yet) replaced v2 (every logged estimate): with all versions
 * listed, the price chart shows the champion's predictions only and counts v2's as left out;
 * with v2 chosen, it shows v2's against v2's own training target.
 */
export async function expectPriceChartOfOwnVersion(page: Page): Promise<void> {
  const estimates = page.getByTestId('log-estimates');
  await expect(estimates).toHaveAttribute('data-value', /^[1-9]/);
  const logged = await estimates.getAttribute('data-value');
  const chart = page.getByTestId('log-price-chart');
  await expect(chart).toHaveAttribute('data-version', '3');
  await expect(chart).toHaveAttribute('data-compared', '0');
  await expect(chart).toHaveAttribute('data-left-out', logged!);
  await expect(chart).toContainText('Prices predicted by v3 (the champion)');
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(0);
  await expect(page.getByTestId('log-price-left-out')).toContainText(
    new RegExp(`^${logged} logged predictions? (was|were) left out because another version made`),
  );

  await page.getByTestId('monitor-version').selectOption('2');
  await expect(chart).toHaveAttribute('data-version', '2');
  await expect(chart).toHaveAttribute('data-compared', logged!);
  await expect(chart).toHaveAttribute('data-left-out', '0');
  await expect(chart).toContainText(
    'Prices predicted by v2 (estimates and bulk samples) against its training target "price"',
  );
  await expect(page.getByTestId('log-price-left-out')).toHaveCount(0);
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
}

/** The report of a batch that holds `carat` and none of the diamonds model's 8 other inputs. */
export async function expectUntestedInputs(page: Page): Promise<void> {
  const verdict = page.getByTestId('dataset-drift');
  await expect(verdict).toHaveAttribute('data-state', 'drifted');
  await expect(verdict).toHaveAttribute('data-value', '1');
  await expect(verdict).toHaveAttribute('data-tested', '1');
  await expect(verdict).toHaveAttribute('data-inputs', '9');
  await expect(verdict.locator('h3')).toHaveText(
    'Dataset drift detected — only 1 of 9 model inputs tested',
  );
  await expect(verdict).toContainText('1 of 1 tested features drifted (100 %');
  const untested = page.getByTestId('drift-untested');
  await expect(untested).toHaveAttribute('data-missing', '8');
  await expect(untested).toContainText(
    '8 of 9 model inputs are not in this batch, so they were not tested.',
  );
  await expectDrifted(page, { carat: true });
  await expect(page.getByTestId('drift-column-carat').locator('.drift-flag')).toHaveText('drifted');
  for (const column of ['cut', 'color', 'clarity', 'depth', 'table', 'x', 'y', 'z']) {
    const entry = page.getByTestId(`drift-column-${column}`);
    await expect(entry).toHaveAttribute('data-status', 'missing-column');
    await expect(entry).toHaveAttribute('data-state', 'not-tested');
    await expect(entry).not.toHaveAttribute('data-drifted', /.*/);
    await expect(entry.locator('.drift-flag')).toHaveText('not tested');
    await expect(entry).not.toContainText('stable');
  }
  const row = page.getByTestId('drift-report-row').first();
  await expect(row).toContainText('100 % of 1 tested (8 of 9 not tested)');
}
