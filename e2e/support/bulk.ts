import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import type { RowExpectation } from '../../src/test-support/bulk-fixture';
import { estimateInNode } from './node-estimates';

/** Columns bulk scoring appends, in order. */
export const APPENDED = [
  'predicted_price',
  'predicted_price_low',
  'predicted_price_high',
  'estimate_error',
  'estimate_note',
];

/** Drops a file on the Bulk page through its file input. */
export async function chooseFile(page: Page, name: string, buffer: Buffer, mimeType: string) {
  await page.getByTestId('bulk-file-input').setInputFiles({ name, mimeType, buffer });
}

/** Starts the run, waits for it to finish, and returns the downloaded file's bytes. */
export async function runAndDownload(page: Page): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('bulk-start').click();
  await expect(page.getByTestId('bulk-status')).toHaveAttribute('data-state', 'done', {
    timeout: 30_000,
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('bulk-download').click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/**
 * Checks the appended cells of every output row against the fixture's expectations: prices of
 * clean rows equal the Node core's estimate for the same item (to the cent), refused rows carry
 * their reason and no price, noted rows carry a finite price and the note.
 */
export async function expectOutcomes(
  rows: readonly (readonly unknown[])[],
  expected: readonly RowExpectation[],
  width: number,
): Promise<void> {
  const clean = expected.flatMap((row) =>
    row.kind === 'priced' && row.note === null ? [row.item] : [],
  );
  const reference = await estimateInNode(clean);
  let k = 0;
  expected.forEach((row, i) => {
    const [value, low, high, error, note] = rows[i]!.slice(width, width + 5);
    if (row.kind === 'error') {
      expect([value ?? '', error]).toEqual(['', row.error]);
      return;
    }
    expect(error ?? '').toBe('');
    expect(Number(low)).toBeLessThan(Number(value));
    expect(Number(high)).toBeGreaterThan(Number(value));
    if (row.note === null) expect(Number(value)).toBeCloseTo(reference[k++]!, 2);
    else {
      expect(Number(value)).toBeGreaterThan(0);
      expect(note).toBe(row.note);
    }
  });
  expect(k).toBe(clean.length);
}
