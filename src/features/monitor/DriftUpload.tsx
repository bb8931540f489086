import { FileDrop } from '../../ui/FileDrop';
import type { DriftCheckState, DriftChoices } from './useDriftCheck';

interface Props {
  state: DriftCheckState;
  choices: DriftChoices;
  onChoices: (choices: DriftChoices) => void;
  onFile: (file: File) => void;
  onLogWindow: (hours: number) => void;
}

const WINDOWS = [
  { hours: 24, label: 'last 24 hours' },
  { hours: 24 * 7, label: 'last 7 days' },
];

/** Upload a batch (or pick a window of logged inputs) to check against the champion. */
export function DriftUpload({ state, choices, onChoices, onFile, onLogWindow }: Props) {
  const isRunning = state.status === 'running';
  return (
    <section className="card">
      <h3>Check drift</h3>
      <FileDrop
        title="Drop a CSV batch"
        accept=".csv,.tsv,.txt,text/csv"
        testId="drift-file-input"
        isDisabled={isRunning}
        onFile={onFile}
      >
        Compared with the champion&apos;s training profile. With a price column, its error is
        checked too.
      </FileDrop>
      <div className="monitor-options">
        <label className="inline-field">
          Test
          <select
            data-testid="drift-method"
            value={choices.method}
            onChange={(event) =>
              onChoices({ ...choices, method: event.target.value === 'psi' ? 'psi' : 'auto' })
            }
          >
            <option value="auto">
              Evidently default (KS / χ² or Wasserstein / Jensen–Shannon)
            </option>
            <option value="psi">PSI for every column</option>
          </select>
        </label>
        <label className="inline-field">
          Flag performance worse by more than (%)
          <input
            data-testid="performance-threshold"
            type="number"
            min={0}
            step={1}
            value={choices.performanceThresholdPercent}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (Number.isFinite(value) && value >= 0)
                onChoices({ ...choices, performanceThresholdPercent: value });
            }}
          />
        </label>
        {WINDOWS.map((window) => (
          <button
            key={window.hours}
            type="button"
            disabled={isRunning}
            data-testid={`drift-log-${window.hours}h`}
            onClick={() => onLogWindow(window.hours)}
          >
            Check logged inputs, {window.label}
          </button>
        ))}
      </div>
      <p data-testid="drift-status" data-state={state.status} role="status">
        {state.status === 'idle' && 'No batch checked yet.'}
        {state.status === 'running' && state.label}
        {state.status === 'done' && `Checked "${state.record.name}".`}
        {state.status === 'failed' && <span className="issue-text">{state.message}</span>}
      </p>
    </section>
  );
}
