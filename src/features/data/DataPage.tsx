import { useCallback, useState } from 'react';
import type { DatasetMeta } from '../../storage/datasets';
import { DatasetList } from './DatasetList';
import { DatasetView } from './DatasetView';
import { IngestStatus } from './IngestStatus';
import { UploadPanel } from './UploadPanel';
import { useDatasetEdits } from './useDatasetEdits';
import { useDatasets } from './useDatasets';
import { useIngest } from './useIngest';
import './data.css';

/** Data & EDA: upload a CSV, keep it as a dataset version, and study it before training. */
export default function DataPage() {
  const { datasets, usage, error, reload, rename, remove } = useDatasets();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const onStored = useCallback(
    (dataset: DatasetMeta) => {
      setSelectedId(dataset.id);
      void reload();
    },
    [reload],
  );
  const ingest = useIngest(onStored);
  const edits = useDatasetEdits(reload);
  const selected = datasets?.find((dataset) => dataset.id === selectedId) ?? datasets?.[0] ?? null;
  return (
    <div className="data-page">
      <h2>Data</h2>
      <UploadPanel isBusy={ingest.state.status === 'running'} onFile={ingest.start} />
      {ingest.state.status !== 'idle' && (
        <IngestStatus state={ingest.state} onCancel={ingest.cancel} />
      )}
      {(error ?? edits.message) && (
        <p className="issue-text" role="alert">
          {error ?? edits.message}
        </p>
      )}
      {datasets && (
        <DatasetList
          datasets={datasets}
          selectedId={selected?.id ?? null}
          usage={usage}
          onSelect={setSelectedId}
          onRename={rename}
          onDelete={remove}
        />
      )}
      {selected && (
        <DatasetView
          key={selected.id}
          dataset={selected}
          isBusy={edits.isBusy}
          onType={(column, type) => edits.setColumnType(selected.id, column, type)}
          onTarget={(target) => edits.setTarget(selected.id, target)}
        />
      )}
    </div>
  );
}
