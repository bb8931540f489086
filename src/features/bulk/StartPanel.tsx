import type { BulkLimits, SpreadsheetFormat } from '../../worker/ml/api';
import { formatBytes } from '../../ui/format';
import type { OutputMode } from './useBulkRun';

interface Props {
  format: SpreadsheetFormat;
  limits: BulkLimits;
  canSaveAsScored: boolean;
  mode: OutputMode;
  isBlocked: boolean;
  isRunning: boolean;
  onMode: (mode: OutputMode) => void;
  onStart: () => void;
}

/** Where the output goes (stated with its limit), and the button that starts the run. */
export function StartPanel(props: Props) {
  const { format, limits, canSaveAsScored, mode, isBlocked, isRunning } = props;
  const downloadLimit = formatBytes(limits.downloadMaxBytes);
  return (
    <section className="card">
      <fieldset className="bulk-output" disabled={isRunning}>
        <legend>Output ({format.toUpperCase()}: the same columns, plus prices)</legend>
        <label>
          <input
            type="radio"
            name="bulk-output"
            checked={mode === 'download'}
            onChange={() => props.onMode('download')}
          />
          {limits.downloadOnDisk
            ? "Download when done: written to the browser's own storage as it is scored, so memory stays small (free disk space is the limit)."
            : `Download when done: kept in memory until then, up to ${downloadLimit}.`}
        </label>
        <label aria-disabled={!canSaveAsScored}>
          <input
            type="radio"
            name="bulk-output"
            checked={mode === 'file'}
            disabled={!canSaveAsScored}
            onChange={() => props.onMode('file')}
          />
          Save to a file as it is scored: no size limit, memory stays small
          {canSaveAsScored ? '.' : ' (needs Chrome or Edge).'}
        </label>
      </fieldset>
      <button
        type="button"
        className="bulk-start"
        data-testid="bulk-start"
        disabled={isBlocked || isRunning}
        onClick={props.onStart}
      >
        Price every row
      </button>
    </section>
  );
}
