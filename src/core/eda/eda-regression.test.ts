import { describe, expect, it } from 'vitest';
import { ContentHasher } from '../data/ingest/content-hash';
import { ingestCsvText } from '../data/ingest/ingest-stream';
import { createRandom } from '../random';
import { profileTable } from './profile-table';

/**
 * A generated CSV that takes every path of ingest and EDA: a target with missing, zero and
 * negative prices; a column of ~70,000 distinct numbers (sorted, not counted); few-valued
 * numbers with -0; booleans, padded categories with placeholders, unique text; messy numbers
 * (decimal commas, ranges, currency, `inf`); repeated rows; CRLF line endings.
 */
function messyCsv(rows: number): string {
  const random = createRandom(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const lines = ['price,area,rooms,year,zeroish,flag,city,note,ratio'];
  for (let i = 0; i < rows; i++) {
    if (i % 500 === 499) {
      lines.push(lines[lines.length - 7]!);
      continue;
    }
    const rooms = random() < 0.05 ? '' : String(1 + Math.floor(random() * 6));
    const area = (random() * 10_000).toFixed(3);
    const price = random() < 0.1 ? '' : (Math.exp(4 + random() * 8) - 50).toFixed(2);
    const year = String(1990 + Math.floor(random() * 35));
    const zeroish = pick(['-0', '0', '1', '2.5', '-0.0']);
    const flag = pick(['yes', 'no', '', 'Yes']);
    const city = random() < 0.03 ? 'NA' : ` city ${Math.floor(random() * 40)}`;
    const note = random() < 0.5 ? `note ${i}` : pick(['a', 'b', '']);
    const ratio = pick(['1,5', '2.25', 'inf', '', '3', '£12', '45-65', String(random())]);
    lines.push([price, area, rooms, year, zeroish, flag, city, note, ratio].join(','));
  }
  return lines.join('\r\n');
}

/** JSON with object keys sorted and typed arrays as arrays, so equal data gives equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, entry: unknown) => {
    if (ArrayBuffer.isView(entry)) return Array.from(entry as unknown as ArrayLike<number>);
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return entry;
    return Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : 1)));
  });
}

function fingerprint(value: unknown): string {
  const hasher = new ContentHasher();
  hasher.update(new TextEncoder().encode(canonical(value)));
  return hasher.digest();
}

describe('ingest and EDA of a messy 70,000-row table', () => {
  it('give exactly the table and figures of the first (sort-everything) implementation', () => {
    const text = messyCsv(70_000);
    const { table, report } = ingestCsvText(text, {
      columnTypes: { note: 'text', ratio: 'number' },
    });
    // Fingerprints taken from the implementation before the speed and memory work (same data).
    expect(fingerprint(table)).toBe('726ee3b4dd93ca91');
    expect(fingerprint(report)).toBe('ce6ee9fdb0806591');
    expect(fingerprint(profileTable(table, { target: 'price', ingestReport: report }))).toBe(
      'a030125cd8c8173e',
    );
    expect(fingerprint(profileTable(table))).toBe('7989db4a70111da1');
    expect(fingerprint(profileTable(table, { target: 'year', ingestReport: report }))).toBe(
      '74c09bbace29c00f',
    );
  });
});
