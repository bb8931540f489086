import { useState } from 'react';
import type { DatasetMeta } from '../../storage/datasets';
import { formatBytes, formatCount } from '../../ui/format';
import type { StorageUsage } from '../../storage/storage-usage';

interface Props {
  datasets: DatasetMeta[];
  selectedId: string | null;
  usage: StorageUsage | null;
  onSelect: (id: string) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
}

function UsageLine({ usage }: { usage: StorageUsage | null }) {
  if (!usage) return <p className="field-hint">This browser does not report its storage use.</p>;
  return (
    <p className="field-hint" data-testid="storage-usage" data-value={usage.usageBytes}>
      Using {formatBytes(usage.usageBytes)} of {formatBytes(usage.quotaBytes)} this browser allows.{' '}
      {usage.isPersisted
        ? 'Storage is persistent: the browser will not clear it to make room.'
        : 'Storage is not persistent: the browser may clear it when space runs low.'}
    </p>
  );
}

function DatasetRow({ dataset, isSelected, onSelect, onRename, onDelete }: RowProps) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft !== null) {
    return (
      <li className="dataset-item">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onRename(dataset.id, draft);
            setDraft(null);
          }}
        >
          <input
            aria-label="Dataset name"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit">Save</button>
          <button type="button" onClick={() => setDraft(null)}>
            Keep the name
          </button>
        </form>
      </li>
    );
  }
  return (
    <li
      className="dataset-item"
      data-testid="dataset-item"
      data-id={dataset.id}
      aria-current={isSelected || undefined}
    >
      <button type="button" className="link-button" onClick={() => onSelect(dataset.id)}>
        {dataset.name}
      </button>
      <span className="field-hint">
        {formatCount(dataset.rowCount)} rows · {dataset.columns.length} columns ·{' '}
        {formatBytes(dataset.sizeBytes)} · {new Date(dataset.createdAt).toLocaleString()}
      </span>
      <button type="button" onClick={() => setDraft(dataset.name)}>
        Rename
      </button>
      <button
        type="button"
        onClick={() => {
          if (window.confirm(`Delete the dataset “${dataset.name}”? Models trained on it stay.`))
            onDelete(dataset.id);
        }}
      >
        Delete
      </button>
    </li>
  );
}

interface RowProps {
  dataset: DatasetMeta;
  isSelected: boolean;
  onSelect: (id: string) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
}

/** The stored dataset versions, newest first, with rename, delete and the storage usage. */
export function DatasetList({ datasets, selectedId, usage, ...actions }: Props) {
  return (
    <section className="card">
      <h3>Stored datasets</h3>
      {datasets.length === 0 ? (
        <p>No dataset yet: upload a CSV to explore it and train on it.</p>
      ) : (
        <ul className="dataset-list">
          {datasets.map((dataset) => (
            <DatasetRow
              key={dataset.id}
              dataset={dataset}
              isSelected={dataset.id === selectedId}
              {...actions}
            />
          ))}
        </ul>
      )}
      <UsageLine usage={usage} />
    </section>
  );
}
