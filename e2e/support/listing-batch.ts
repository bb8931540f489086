/** Batches of listings for the Monitor journeys, like the training listings or shifted. */
import { createRandom } from '../../src/core/random';

const BRANDS = ['Audi', 'BMW', 'Ford', 'Skoda', 'Toyota'];

/** How a batch differs from the training listings: older cars, more miles, bigger engines. */
export interface Shift {
  years: number;
  mileageFactor: number;
  engineLitres: number;
}

export const NO_SHIFT: Shift = { years: 0, mileageFactor: 1, engineLitres: 0 };

/**
 * `rows` listings drawn like `buildListingsCsv` (same columns, same price rule) from another
 * seed, optionally shifted. Prices follow the shifted features, as real ones would.
 */
export function listingBatch(rows: number, seed: number, shift: Shift): string {
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
