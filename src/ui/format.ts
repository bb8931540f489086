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

/** A count of rows with thousands separators. */
export function formatCount(count: number): string {
  return wholeNumber.format(count);
}
