import { FileDrop } from '../../ui/FileDrop';
import type { ImportState } from './useModelImport';

interface Props {
  state: ImportState;
  onFile: (file: File) => void;
}

/** Import a model file exported from Estimo; a refused file leaves the registry unchanged. */
export function ImportPanel({ state, onFile }: Props) {
  return (
    <section className="card models-import">
      <h3>Import a model</h3>
      <FileDrop
        title="Drop an Estimo model file (.json), or pick one"
        accept=".json,application/json"
        testId="model-import-input"
        isDisabled={state.status === 'running'}
        onFile={onFile}
      >
        The file is checked (format, weights, signature and a test price) before it is registered as
        a new version; up to 50 MB.
      </FileDrop>
      {state.status !== 'idle' && (
        <p
          data-testid="model-import-status"
          data-state={state.status}
          role={state.status === 'failed' ? 'alert' : 'status'}
          className={state.status === 'failed' ? 'issue-text' : undefined}
        >
          {state.status === 'running' ? `Checking “${state.fileName}”…` : state.message}
        </p>
      )}
    </section>
  );
}
