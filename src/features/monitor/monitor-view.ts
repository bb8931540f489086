import { createCsvFormatter } from '../../core/bulk/csv-writer';
import type { DriftBar, NumericReference } from '../../core/drift';
import type { CountBar } from '../../ui/count-bar';
import type { BulkRunRecord, PredictionRecord } from '../../storage/prediction-log';

/** The `q` quantile (0–1) of ascending `sorted` values, linear between ranks; NaN when empty. */
export function quantileOf(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const weight = position - low;
  return sorted[low]! * (1 - weight) + sorted[high]! * weight;
}

/** Latency p50 and p95 (ms) of logged estimates; null when none is logged. */
export function latencyFigures(
  records: readonly PredictionRecord[],
): { count: number; p50: number; p95: number } | null {
  const sorted = records
    .map((record) => record.latencyMs)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return { count: sorted.length, p50: quantileOf(sorted, 0.5), p95: quantileOf(sorted, 0.95) };
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Estimates over time: counts per hour (UTC), or per day when the log spans more than two days,
 * from the first logged time to the last, empty buckets included (at most 60, the newest).
 */
export function volumeOverTime(times: readonly number[]): CountBar[] {
  if (times.length === 0) return [];
  const first = Math.min(...times);
  const last = Math.max(...times);
  const step = last - first > 2 * DAY_MS ? DAY_MS : HOUR_MS;
  const start = Math.max(Math.floor(first / step), Math.floor(last / step) - 59);
  const counts = new Array<number>(Math.floor(last / step) - start + 1).fill(0);
  for (const time of times) {
    const bucket = Math.floor(time / step) - start;
    if (bucket >= 0) counts[bucket]! += 1;
  }
  const label = (i: number) => {
    const iso = new Date((start + i) * step).toISOString();
    return step === DAY_MS ? iso.slice(0, 10) : `${iso.slice(5, 10)} ${iso.slice(11, 13)}h`;
  };
  return counts.map((count, i) => ({ label: label(i), count }));
}

/**
 * Predicted prices against the training target, both as shares of the reference's target bins
 * (prices beyond the outer edges count in the outer bins). Empty without a binned target.
 */
export function priceDistribution(
  prices: readonly number[],
  target: NumericReference | null,
): DriftBar[] {
  const edges = target?.bins.edges ?? [];
  const referenceCounts = target?.bins.counts ?? [];
  if (edges.length < 2 || referenceCounts.length === 0) return [];
  const counts = new Array<number>(referenceCounts.length).fill(0);
  const finite = prices.filter(Number.isFinite);
  for (const price of finite) {
    let bin = 0;
    while (bin < counts.length - 1 && price >= edges[bin + 1]!) bin++;
    counts[bin]! += 1;
  }
  const referenceTotal = referenceCounts.reduce((sum, count) => sum + count, 0);
  const rounded = (value: number) => Number(value.toPrecision(3)).toLocaleString('en-US');
  return referenceCounts.map((referenceCount, i) => ({
    label: `${rounded(edges[i]!)}–${rounded(edges[i + 1]!)}`,
    reference: referenceTotal > 0 ? referenceCount / referenceTotal : 0,
    current: finite.length > 0 ? counts[i]! / finite.length : 0,
    referenceCount,
    currentCount: counts[i]!,
  }));
}

/**
 * The prediction log as CSV: one line per estimate (time, version, value, interval, latency and
 * every input as its own column), then one per bulk run. Cells are formula-escaped.
 */
export function predictionLogCsv(
  predictions: readonly PredictionRecord[],
  bulkRuns: readonly BulkRunRecord[],
): string {
  const format = createCsvFormatter(',');
  const inputNames = [...new Set(predictions.flatMap((record) => Object.keys(record.inputs)))];
  const header = [
    'kind',
    'at',
    'model_version',
    'value',
    'low',
    'high',
    'latency_ms',
    'file',
    'rows',
    'scored',
    'errors',
  ];
  const lines = [format.row([...header, ...inputNames])];
  for (const record of predictions) {
    const cells = [
      'estimate',
      new Date(record.at).toISOString(),
      String(record.modelVersion),
      String(record.value),
      String(record.low),
      String(record.high),
      String(record.latencyMs),
      '',
      '',
      '',
      '',
    ];
    lines.push(format.row([...cells, ...inputNames.map((name) => record.inputs[name] ?? '')]));
  }
  for (const run of bulkRuns) {
    const cells = [
      'bulk',
      new Date(run.at).toISOString(),
      String(run.modelVersion),
      '',
      '',
      '',
      String(run.elapsedMs),
      run.fileName,
      String(run.rows),
      String(run.scored),
      String(run.errors),
    ];
    lines.push(format.row([...cells, ...inputNames.map(() => '')]));
  }
  return `${lines.join('\r\n')}\r\n`;
}
