import type { BulkRunState } from './useBulkRun';
import { formatCount, formatDuration } from '../../ui/format';

interface Props {
  state: Exclude<BulkRunState, { status: 'idle' }>;
  onCancel: () => void;
}

const LABELS = { running: 'Pricing', done: 'Done', failed: 'Failed', cancelled: 'Cancelled' };

/** The run's state (`bulk-status`), a progress bar with rows, rows/s and ETA, and cancel. */
export function RunProgress({ state, onCancel }: Props) {
  const progress = state.status === 'running' ? state.progress : null;
  return (
    <section className="card" aria-live="polite">
      <p className="bulk-status" data-testid="bulk-status" data-state={state.status}>
        <strong>{LABELS[state.status]}</strong> · {state.fileName}
      </p>
      {state.status === 'running' && (
        <>
          <progress max={1} value={progress?.fraction ?? 0} aria-label="Share of the file priced" />
          <p className="field-hint" data-testid="bulk-progress" data-rows={progress?.rowsDone ?? 0}>
            {progress
              ? `${formatCount(progress.rowsDone)} rows · ${formatCount(progress.rowsPerSecond)} rows/s · ` +
                (progress.etaMs === null
                  ? 'estimating time left'
                  : `about ${formatDuration(progress.etaMs)} left`)
              : 'Loading the model and reading the file…'}
          </p>
          <button type="button" data-testid="bulk-cancel" onClick={onCancel}>
            Cancel
          </button>
        </>
      )}
      {state.status === 'failed' && (
        <p className="issue-text" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'cancelled' && (
        <p>
          Cancelled after {formatCount(state.rowsDone)} rows. Nothing was saved; your file is
          unchanged.
        </p>
      )}
    </section>
  );
}
