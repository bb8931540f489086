import type { SignatureInput } from '../../core/model/signature';
import type { AliasMove, ModelSource, ModelSummary } from '../../storage/model-types';
import { formatNumber, formatPercent, formatPrice } from '../../ui/format';

/** The file an exported version is saved as; importing it back registers the same bundle. */
export function exportFileName(version: number): string {
  return `estimo-model-v${version}.json`;
}

/** A metric for people: "—" when it is missing (a NaN exported to JSON comes back as null). */
export function formatMetric(value: unknown, kind: 'price' | 'percent' | 'ratio'): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  if (kind === 'price') return formatPrice(value);
  return kind === 'percent' ? formatPercent(value) : formatNumber(value);
}

/** What an input takes, in words: `number, 1970 to 2020`, `category, 4 levels`, `yes/no`. */
export function describeInput(input: SignatureInput): string {
  if (input.type === 'number') {
    return `number, ${formatNumber(input.min)} to ${formatNumber(input.max)}`;
  }
  if (input.type === 'category') return `category, ${input.levels.length} levels`;
  return 'yes/no';
}

/** The raw value for a `data-value` attribute: the number, or empty when it is missing. */
export function rawValue(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

const SOURCE_LABELS: Record<ModelSource, string> = {
  shipped: 'Shipped with Estimo',
  run: 'Training run',
  import: 'Imported file',
};

/** Where a version came from, in words. */
export function describeSource(source: ModelSource): string {
  return SOURCE_LABELS[source] ?? source;
}

/**
 * The data a version learned from: the dataset named on its card (and whether that dataset
 * version is still stored here), and the run that trained it.
 */
export function describeLineage(
  summary: ModelSummary,
  storedDatasetIds: ReadonlySet<string> | null,
): { dataset: string; detail: string | null } {
  const card = summary.card as Partial<ModelSummary['card']>;
  const name = card.dataset?.name ?? 'unknown data';
  const rows = card.dataset?.rows;
  const dataset =
    typeof rows === 'number' ? `${name} (${rows.toLocaleString('en-US')} rows)` : name;
  const parts: string[] = [];
  if (summary.datasetId) {
    const isGone = storedDatasetIds !== null && !storedDatasetIds.has(summary.datasetId);
    parts.push(isGone ? `${summary.datasetId}, no longer stored` : summary.datasetId);
  }
  if (summary.runId) parts.push(`run ${summary.runId}`);
  return { dataset, detail: parts.length > 0 ? parts.join(' · ') : null };
}

/** A champion move in words: "v1 → v2, promoted". */
export function describeMove(move: AliasMove): string {
  const reason = { 'first-visit': 'first visit', promote: 'promoted', rollback: 'rolled back' };
  const from = move.from === null ? 'none' : `v${move.from}`;
  return `${from} → v${move.to}, ${reason[move.reason] ?? move.reason}`;
}

/** A stored ISO time for people, in the browser's locale. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
