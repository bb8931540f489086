import { describeDelimiter } from '../../core/bulk/csv-dialect';
import type { DatasetMeta } from '../../storage/datasets';
import { formatBytes, formatCount, formatPercent } from '../../ui/format';

interface Props {
  dataset: DatasetMeta;
  isBusy: boolean;
  onTarget: (target: string | null) => void;
}

/** Rows (`dataset-rows`), columns, how the file was read, and the price column to study. */
export function DatasetSummary({ dataset, isBusy, onTarget }: Props) {
  const { ingestReport: report, eda } = dataset;
  const numberColumns = dataset.columns.filter((column) => column.type === 'number');
  return (
    <section className="card data-summary">
      <h3>{dataset.name}</h3>
      <dl className="facts">
        <dt>Rows</dt>
        <dd data-testid="dataset-rows" data-value={dataset.rowCount}>
          {formatCount(dataset.rowCount)}
        </dd>
        <dt>Columns</dt>
        <dd data-testid="dataset-columns" data-value={dataset.columns.length}>
          {dataset.columns.length}
        </dd>
        <dt>File</dt>
        <dd>
          {dataset.fileName} · {formatBytes(dataset.sizeBytes)} · {report.encoding}
          {report.hasBom ? ' with BOM' : ''} · {describeDelimiter(report.delimiter)}-separated ·{' '}
          {report.lineEnding.toUpperCase()} line ends
        </dd>
        {eda && (
          <>
            <dt>Duplicate rows</dt>
            <dd data-testid="dataset-duplicates" data-value={eda.duplicates.count}>
              {formatCount(eda.duplicates.count)} ({formatPercent(eda.duplicates.share * 100)})
            </dd>
            <dt>Rows with a missing value</dt>
            <dd>{formatCount(eda.missing.rowsWithMissing)}</dd>
          </>
        )}
        <dt>Version id</dt>
        <dd>
          <code>{dataset.id}</code>
        </dd>
      </dl>
      <label className="field inline-field">
        <span>Price column (target)</span>
        <select
          data-testid="dataset-target-select"
          value={dataset.target ?? ''}
          disabled={isBusy}
          onChange={(event) => onTarget(event.target.value || null)}
        >
          <option value="">none</option>
          {numberColumns.map((column) => (
            <option key={column.name} value={column.name}>
              {column.name}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
