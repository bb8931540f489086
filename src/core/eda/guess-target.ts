import { isNumericColumn, type DataTable } from '../data/ingest/table';

/** Words that name a price column, in the languages of the data at hand. */
const PRICE_WORDS = /price|preço|preco|цена|стоимость|rent|rental|amount|cost|value|valor/i;

/**
 * The column most likely to be the price a person wants to estimate: a number column whose name
 * says price (`price`, `rental_price_per_day`, `Цена, руб`, `rent amount`), else null. The person
 * can always pick another; this only saves a click on the usual files.
 */
export function guessTarget(table: DataTable): string | null {
  const candidates = table.columns.filter(
    (column) =>
      column.type === 'number' && isNumericColumn(column) && PRICE_WORDS.test(column.name),
  );
  const exact = candidates.find((column) => /^(price|цена)$/i.test(column.name.trim()));
  const pricey = candidates.find((column) => /price|цена|preço|preco/i.test(column.name));
  return (exact ?? pricey ?? candidates[0])?.name ?? null;
}
