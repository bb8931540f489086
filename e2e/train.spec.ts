import { expect, test, type Page } from '@playwright/test';
import { buildListingsCsv } from './support/listings';

const listings = buildListingsCsv(400);

async function uploadListings(page: Page, text = listings.text): Promise<void> {
  await page.goto('#/data');
  await page.getByTestId('dataset-file-input').setInputFiles({
    name: 'listings.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });
  await expect(page.getByTestId('ingest-status')).toHaveAttribute('data-state', 'done');
  await page.goto('#/train');
}

async function valueOf(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).getAttribute('data-value'));
}

test('train Fast on an uploaded CSV, register and promote it, and estimates use it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await uploadListings(page);
  await expect(page.getByTestId('train-target-select')).toHaveValue('price');
  await expect(page.getByTestId('train-feature-fee')).not.toBeChecked();
  await expect(page.getByTestId('train-feature-brand')).toBeChecked();
  await page.getByTestId('train-preset').selectOption('fast');
  await page.getByTestId('train-start').click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-state', 'done', {
    timeout: 60_000,
  });
  const rmse = await valueOf(page, 'metric-test-rmse');
  const baseline = await valueOf(page, 'metric-baseline-rmse');
  expect(rmse).toBeGreaterThan(0);
  expect(rmse).toBeLessThan(baseline * 0.6);
  expect(await valueOf(page, 'metric-test-r2')).toBeGreaterThan(0.5);
  // The 80% interval, calibrated on validation rows, covers about 80% of the 80 TEST rows.
  const covered = await valueOf(page, 'metric-test-interval-coverage');
  expect(covered).toBeGreaterThan(0.6);
  expect(covered).toBeLessThan(0.97);
  await expect(page.getByTestId('run-importance')).toBeVisible();

  await page.getByTestId('register-policy').selectOption('always');
  await page.getByTestId('register-model').click();
  const outcome = page.getByTestId('register-outcome');
  await expect(outcome).toHaveAttribute('data-version', '2');
  await expect(outcome).toHaveAttribute('data-promoted', 'true');

  await page.goto('#/estimate');
  await expect(page.getByTestId('active-model')).toHaveAttribute('data-version', '2');
  await expect(page.getByTestId('field-brand')).toBeVisible();
  await expect(page.getByTestId('estimate-value')).toHaveAttribute('data-value', /^\d/);

  await page.reload();
  await expect(page.getByTestId('active-model')).toHaveAttribute('data-version', '2');
  await page.goto('#/train');
  await expect(page.getByTestId('run-row')).toHaveCount(1);
  await page.goto('#/models');
  await expect(page.locator('[data-testid="model-row"][data-champion="true"]')).toHaveAttribute(
    'data-version',
    '2',
  );
});

test('a Production run can be cancelled and is kept as cancelled', async ({ page }) => {
  // Big enough that Production plans well over ten seconds of training on a quiet machine.
  await uploadListings(page, buildListingsCsv(20_000).text);
  await page.getByTestId('train-preset').selectOption('production');
  await page.getByTestId('train-start').click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-state', 'running');
  await expect(page.locator('.recharts-line').first()).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('train-cancel').click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-state', 'cancelled', {
    timeout: 10_000,
  });
  await expect(page.locator('[data-testid="run-row"][data-status="cancelled"]')).toHaveCount(1);
});
