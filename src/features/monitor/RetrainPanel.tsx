import { useState } from 'react';
import type { RetrainData, RetrainPromotion } from '../../worker/ml/api';
import { ComparisonTable } from './ComparisonTable';
import type { useRetrain } from './useRetrain';

interface Props {
  /** The checked batch; null when the report shown was opened from the list. */
  file: File | null;
  retrain: ReturnType<typeof useRetrain>;
}

const PHASES = {
  dataset: 'Storing the new dataset version…',
  training: 'Training with the Production preset…',
  registering: 'Registering the challenger…',
  comparing: 'Comparing with the champion on the batch…',
};

/** "Retrain with this data": choose the data and the promotion, then see the challenger. */
export function RetrainPanel({ file, retrain }: Props) {
  const [data, setData] = useState<RetrainData>('reference-plus-batch');
  const [promotion, setPromotion] = useState<RetrainPromotion>('manual');
  const { state } = retrain;
  const isRunning = state.status === 'running';
  return (
    <section className="card" data-testid="retrain-panel">
      <h3>Close the loop</h3>
      <div className="monitor-options">
        <select
          data-testid="retrain-data"
          aria-label="Data to retrain on"
          value={data}
          onChange={(e) => setData(e.target.value as RetrainData)}
        >
          <option value="reference-plus-batch">Training data plus this batch</option>
          <option value="batch-only">This batch alone</option>
        </select>
        <select
          data-testid="retrain-promotion"
          aria-label="When to promote the challenger"
          value={promotion}
          onChange={(e) => setPromotion(e.target.value as RetrainPromotion)}
        >
          <option value="manual">Promote on my click</option>
          <option value="auto">Promote automatically if better</option>
        </select>
        <button
          type="button"
          data-testid="retrain-button"
          disabled={!file || isRunning}
          onClick={() => file && void retrain.start(file, data, promotion)}
        >
          Retrain with this data
        </button>
        {isRunning && (
          <button type="button" data-testid="retrain-cancel" onClick={retrain.cancel}>
            Cancel
          </button>
        )}
      </div>
      {!file && <p className="field-hint">Upload a batch with prices to retrain from it.</p>}
      <p data-testid="retrain-status" data-state={state.status} role="status">
        {state.status === 'running' &&
          `${PHASES[state.phase]}${state.epoch === null ? '' : ` epoch ${state.epoch}`}`}
        {state.status === 'failed' && <span className="issue-text">{state.message}</span>}
      </p>
      {state.status === 'done' && (
        <div
          data-testid="retrain-outcome"
          data-version={state.outcome.challenger.version}
          data-promoted={state.outcome.isPromoted ? 'true' : 'false'}
        >
          <p>
            Challenger v{state.outcome.challenger.version} registered, trained on dataset &quot;
            {state.outcome.datasetName}&quot;.{' '}
            {state.outcome.isPromoted ? 'It is now the champion.' : 'The champion is unchanged.'}
          </p>
          <ComparisonTable
            result={state.outcome.comparison}
            isPromoted={state.outcome.isPromoted}
          />
          {!state.outcome.isPromoted && (
            <button
              type="button"
              data-testid="retrain-promote"
              onClick={() => void retrain.promote()}
            >
              Promote v{state.outcome.challenger.version}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
