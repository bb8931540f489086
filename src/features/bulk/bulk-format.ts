import { formatNumber } from '../../ui/format';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `1536` → `1.5 KB`; sizes in binary units, as file managers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 2 ** 20) return `${formatNumber(bytes / 1024)} KB`;
  if (bytes < 2 ** 30) return `${formatNumber(bytes / 2 ** 20)} MB`;
  return `${formatNumber(bytes / 2 ** 30)} GB`;
}

/** `83_000` → `1 min 23 s`; under a second in ms. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${whole.format(ms)} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** A count of rows with thousands separators. */
export function formatCount(count: number): string {
  return whole.format(count);
}
