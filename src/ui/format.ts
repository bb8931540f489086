const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A price for people: whole units from 100 up, cents below. */
export function formatPrice(value: number): string {
  return Math.abs(value) >= 100 ? wholeNumber.format(value) : twoDecimals.format(value);
}

/** A plain number with at most two decimals. */
export function formatNumber(value: number): string {
  return twoDecimals.format(value);
}

/** A percentage already in percent units (6.2 → "6.2 %"). */
export function formatPercent(value: number): string {
  return `${percent.format(value)} %`;
}
