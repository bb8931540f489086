import { createRandom } from '../../src/core/random';

/** A generated used-car listing file with the quirks real exports have, and what it contains. */
export interface ListingsFixture {
  text: string;
  rows: number;
}

const BRANDS = ['Audi', 'BMW', 'Ford', 'Skoda', 'Toyota'];

/**
 * `rows` listings separated by `;`, with decimal commas in `engine`, a unique `listing_id`, a
 * constant `country`, a `fee` that is 10 % of the price (a leak), a few missing mileages and one
 * duplicated row at the end. Deterministic.
 */
export function buildListingsCsv(rows = 300): ListingsFixture {
  const random = createRandom(7);
  const lines = ['listing_id;brand;year;mileage;engine;automatic;country;fee;price'];
  for (let i = 0; i < rows - 1; i++) {
    const brand = BRANDS[i % BRANDS.length]!;
    const year = 2005 + Math.floor(random() * 18);
    const mileage = Math.round(5_000 + random() * 150_000);
    const engine = (1 + Math.round(random() * 20) / 10).toFixed(1).replace('.', ',');
    const isAutomatic = random() < 0.4;
    const base = 3_000 + (year - 2005) * 900 - mileage * 0.015 + (brand === 'BMW' ? 4_000 : 0);
    const price = Math.round(Math.max(800, base) * (isAutomatic ? 1.1 : 1));
    const fee = (price * 0.1).toFixed(2);
    const shownMileage = i % 37 === 5 ? 'NA' : String(mileage);
    const cells = `${brand};${year};${shownMileage};${engine};${isAutomatic ? 'yes' : 'no'};UK;${fee};${price}`;
    lines.push(`L-${1000 + i};${cells}`);
  }
  lines.push(lines[lines.length - 1]!);
  return { text: `${lines.join('\r\n')}\r\n`, rows };
}
