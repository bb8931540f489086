import type { DatasetMeta } from '../../storage/datasets';
import type { TrainPreset, TrainRequest } from '../../worker/ml/api';
import { useTrainChoice } from './useTrainChoice';

interface Props {
  datasets: readonly DatasetMeta[];
  isRunning: boolean;
  onStart: (request: TrainRequest) => void;
}

const PRESETS: { value: TrainPreset; label: string }[] = [
  { value: 'fast', label: 'Fast: a few seconds, for a first look' },
  { value: 'production', label: 'Production: best settings in about a minute' },
  { value: 'search', label: 'Search: several trials (TPE), the best on validation rows' },
];

/** Dataset, target, features, preset and seed; Start. */
export function TrainForm({ datasets, isRunning, onStart }: Props) {
  const choice = useTrainChoice(datasets);
  const { dataset, target, features } = choice;
  const canStart = !isRunning && dataset !== null && target !== null && features.length > 0;
  const start = () => {
    if (!dataset || !target) return;
    onStart({
      runId: `run-${Date.now().toString(36)}`,
      datasetId: dataset.id,
      target,
      features,
      preset: choice.preset,
      seed: choice.seed,
      searchTrials: choice.preset === 'search' ? choice.trials : undefined,
    });
  };
  return (
    <section className="card train-form">
      <label className="field">
        <span>Dataset</span>
        <select value={dataset?.id ?? ''} onChange={(e) => choice.pickDataset(e.target.value)}>
          {datasets.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name} ({d.rowCount.toLocaleString('en-US')} rows)
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Price to learn (target)</span>
        <select
          data-testid="train-target-select"
          value={target ?? ''}
          onChange={(e) => choice.pickTarget(e.target.value)}
        >
          {choice.targets.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <fieldset className="feature-picks">
        <legend>Features ({features.length})</legend>
        {choice.choices.map((column) => (
          <label key={column}>
            <input
              type="checkbox"
              data-testid={`train-feature-${column}`}
              checked={features.includes(column)}
              onChange={() => choice.toggleFeature(column)}
            />
            {column}
          </label>
        ))}
        {choice.leftOut.length > 0 && (
          <p className="field-hint">
            Left out by default:{' '}
            {choice.leftOut.map((entry) => `${entry.column} (${entry.reason})`).join(', ')}.
          </p>
        )}
      </fieldset>
      <label className="field">
        <span>Preset</span>
        <select
          data-testid="train-preset"
          value={choice.preset}
          onChange={(e) => choice.pickPreset(e.target.value as TrainPreset)}
        >
          {PRESETS.map((preset) => (
            <option key={preset.value} value={preset.value}>
              {preset.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Seed</span>
        <input
          type="number"
          data-testid="train-seed"
          value={choice.seed}
          onChange={(e) => choice.pickSeed(Math.trunc(Number(e.target.value)) || 0)}
        />
      </label>
      {choice.preset === 'search' && (
        <label className="field">
          <span>Trials</span>
          <input
            type="number"
            min={2}
            max={40}
            value={choice.trials}
            onChange={(e) =>
              choice.pickTrials(Math.min(40, Math.max(2, Number(e.target.value) || 2)))
            }
          />
        </label>
      )}
      <button type="button" data-testid="train-start" disabled={!canStart} onClick={start}>
        Train
      </button>
      {features.length === 0 && <p className="field-hint">Tick at least one feature.</p>}
    </section>
  );
}
