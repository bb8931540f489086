import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** The shipped model file as the repository holds it (what version 1 is on a first visit). */
export function shippedModelFile(): Buffer {
  return readFileSync(new URL('../../models/diamonds/model.json', import.meta.url));
}

/** The Models page row of `version`. */
export function modelRow(page: Page, version: number): Locator {
  return page.locator(`[data-testid="model-row"][data-version="${version}"]`);
}

/** Picks a file in the Models page's import input. */
export async function importModelFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('model-import-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer,
  });
}

/** Waits until exactly `version` is the champion row. */
export async function expectChampion(page: Page, version: number): Promise<void> {
  await expect(page.locator('[data-testid="model-row"][data-champion="true"]')).toHaveAttribute(
    'data-version',
    String(version),
  );
}
