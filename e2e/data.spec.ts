import { expect, test, type Page } from '@playwright/test';
import { buildListingsCsv } from './support/listings';

const listings = buildListingsCsv(300);

async function upload(page: Page, name: string, text: string | Buffer): Promise<void> {
  await page.getByTestId('dataset-file-input').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
}

test.beforeEach(async ({ page }) => {
  await page.goto('#/data');
});

test('a CSV is read into typed columns with charts and alerts, and is still there after a reload', async ({
  page,
}) => {
  await upload(page, 'listings.csv', listings.text);
  await expect(page.getByTestId('ingest-status')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('dataset-rows')).toHaveAttribute('data-value', '300');
  await expect(page.getByTestId('dataset-columns')).toHaveAttribute('data-value', '9');
  const types = {
    listing_id: 'id',
    brand: 'category',
    year: 'number',
    mileage: 'number',
    engine: 'number',
    automatic: 'boolean',
    price: 'number',
  };
  for (const [column, type] of Object.entries(types)) {
    await expect(page.getByTestId(`column-type-${column}`)).toHaveAttribute('data-value', type);
  }
  await expect(page.getByTestId('dataset-target-select')).toHaveValue('price');
  await expect(page.getByTestId('dataset-duplicates')).toHaveAttribute('data-value', '1');
  const alerts = page.getByTestId('dataset-alert');
  await expect(
    alerts.and(page.locator('[data-kind="target-leak"][data-column="fee"]')),
  ).toHaveCount(1);
  await expect(
    alerts.and(page.locator('[data-kind="constant"][data-column="country"]')),
  ).toHaveCount(1);
  await expect(alerts.and(page.locator('[data-kind="duplicates"]'))).toHaveCount(1);
  await expect(
    page.getByTestId('target-chart').locator('.recharts-bar-rectangle').first(),
  ).toBeVisible();
  await expect(
    page.getByTestId('column-chart').locator('.recharts-bar-rectangle').first(),
  ).toBeVisible();
  await expect(page.getByTestId('correlation-matrix')).toBeVisible();
  await expect(page.getByTestId('feature-target-view')).toBeVisible();

  await page.getByTestId('column-type-year').selectOption('category');
  await expect(page.getByTestId('column-type-year')).toHaveAttribute('data-value', 'category');

  await page.reload();
  await expect(page.getByTestId('dataset-rows')).toHaveAttribute('data-value', '300');
  await expect(page.getByTestId('column-type-year')).toHaveAttribute('data-value', 'category');
  await expect(page.getByTestId('column-type-engine')).toHaveAttribute('data-value', 'number');
  await expect(page.getByTestId('dataset-item')).toHaveCount(1);
});

test('the same file twice is one version; a bad file is refused and stored data stays', async ({
  page,
}) => {
  await upload(page, 'listings.csv', listings.text);
  await expect(page.getByTestId('ingest-status')).toHaveAttribute('data-state', 'done');
  await upload(page, 'listings-copy.csv', listings.text);
  await expect(page.getByTestId('ingest-status')).toContainText('Already stored');
  await expect(page.getByTestId('dataset-item')).toHaveCount(1);

  await upload(page, 'empty.csv', '');
  await expect(page.getByTestId('ingest-status')).toHaveAttribute('data-state', 'failed');
  await expect(page.getByRole('alert')).toContainText('empty');
  await upload(page, 'photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0]));
  await expect(page.getByTestId('ingest-status')).toHaveAttribute('data-state', 'failed');
  await upload(page, 'header-only.csv', 'price,brand\n');
  await expect(page.getByRole('alert')).toContainText('no data rows');
  await expect(page.getByTestId('dataset-item')).toHaveCount(1);
  await expect(page.getByTestId('dataset-rows')).toHaveAttribute('data-value', '300');
});
