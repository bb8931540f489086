import { formatBytes, formatCount, formatDuration, formatNumber } from '../../ui/format';
import type { IngestState } from './useIngest';

interface Props {
  state: Exclude<IngestState, { status: 'idle' }>;
  onCancel: () => void;
}

const PHASES = {
  reading: 'Reading',
  profiling: 'Profiling the columns',
  saving: 'Storing the dataset',
};

function runningLine(state: Extract<IngestState, { status: 'running' }>): string {
  const progress = state.progress;
  if (!progress) return 'Starting the worker…';
  const read = `${formatCount(progress.rowsRead)} rows · ${formatBytes(progress.bytesRead)} of ${formatBytes(state.sizeBytes)}`;
  const rate = `${formatCount(progress.rowsPerSecond)} rows/s · ${formatNumber(progress.megabytesPerSecond)} MB/s`;
  return `${PHASES[progress.phase]} · ${read} · ${rate}`;
}

/** The upload's state (`ingest-status`), a progress bar with rows, MB and rows/s, and cancel. */
export function IngestStatus({ state, onCancel }: Props) {
  const fraction =
    state.status === 'running' && state.progress && state.sizeBytes > 0
      ? state.progress.bytesRead / state.sizeBytes
      : 0;
  return (
    <section className="card" aria-live="polite">
      <p data-testid="ingest-status" data-state={state.status}>
        <strong>
          {state.status === 'running' && 'Reading'}
          {state.status === 'done' && (state.isNew ? 'Stored' : 'Already stored')}
          {state.status === 'failed' && 'Could not read'}
          {state.status === 'cancelled' && 'Cancelled'}
        </strong>{' '}
        · {state.fileName}
        {state.status === 'done' &&
          ` · ${formatCount(state.dataset.rowCount)} rows in ${formatDuration(state.elapsedMs)}` +
            (state.isNew ? '' : ' (the same file was stored before: nothing was written)')}
      </p>
      {state.status === 'running' && (
        <>
          <progress max={1} value={fraction} aria-label="Share of the file read" />
          <p className="field-hint">{runningLine(state)}</p>
          <button type="button" data-testid="ingest-cancel" onClick={onCancel}>
            Cancel
          </button>
        </>
      )}
      {state.status === 'failed' && (
        <p className="issue-text" role="alert">
          {state.message} Stored datasets are unchanged.
        </p>
      )}
      {state.status === 'cancelled' && <p>Nothing was stored.</p>}
    </section>
  );
}
