const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const twoDecimalsUngrouped = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 2,
  useGrouping: false,
});
const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Numbers from here up get thousands separators; below, `2015` stays a year, not `2,015`. */
const GROUPING_FROM = 10_000;

/** A value that rounds to zero shows as `0`, never `-0` (Intl keeps the sign of `-0.001`). */
function withoutNegativeZero(text: string): string {
  return text === '-0' ? '0' : text;
}

/** A price for people: whole units from 100 up, cents below; always grouped (`5,000`). */
export function formatPrice(value: number): string {
  const format = Math.abs(value) >= 100 ? wholeNumber : twoDecimals;
  return withoutNegativeZero(format.format(value));
}

/**
 * A plain number with at most two decimals. Grouped from 10,000 up (`12,345.6`); below that
 * written plain (`2015`, `9999.5`), so years and short numbers read as written.
 */
export function formatNumber(value: number): string {
  const plain = withoutNegativeZero(twoDecimalsUngrouped.format(value));
  return Math.abs(Number(plain)) >= GROUPING_FROM ? twoDecimals.format(value) : plain;
}

/** A percentage already in percent units (6.2 → "6.2 %"); one decimal at most. */
export function formatPercent(value: number): string {
  return `${withoutNegativeZero(percent.format(value))} %`;
}

/** `1536` → `1.5 KB`; sizes in binary units, as file managers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 2 ** 20) return `${formatNumber(bytes / 1024)} KB`;
  if (bytes < 2 ** 30) return `${formatNumber(bytes / 2 ** 20)} MB`;
  return `${formatNumber(bytes / 2 ** 30)} GB`;
}

/** `83_000` → `1 min 23 s`; under a second in ms. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${wholeNumber.format(ms)} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** A count of rows with thousands separators (`2,015 rows`). */
export function formatCount(count: number): string {
  return wholeNumber.format(count);
}
