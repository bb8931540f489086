import { useCallback, useMemo, useState } from 'react';
import { announceStorageChange } from '../../storage/changes';
import { RunCompare } from './RunCompare';
import { RunResult } from './RunResult';
import { RunsTable } from './RunsTable';
import { TrainForm } from './TrainForm';
import { TrainProgress } from './TrainProgress';
import { useRuns } from './useRuns';
import { runState, useTrainingRun } from './useTrainingRun';
import './train.css';

/** Train: pick a dataset version, target, features and preset; watch it learn; keep every run. */
export default function TrainPage() {
  const { datasets, runs, trials, error, reload, remove } = useRuns();
  const onFinished = useCallback(() => {
    announceStorageChange({ kind: 'runs' });
    void reload();
  }, [reload]);
  const training = useTrainingRun(onFinished);
  const [selected, setSelected] = useState<string[]>([]);
  const trialCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const trial of trials) counts.set(trial.parentId!, (counts.get(trial.parentId!) ?? 0) + 1);
    return counts;
  }, [trials]);
  const toggle = (id: string) =>
    setSelected((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id]));
  const compared = runs.filter((run) => selected.includes(run.id));
  const { state } = training;
  return (
    <div className="train-page" data-state={runState(state)}>
      <h2>Train</h2>
      {error && (
        <p className="issue-text" role="alert">
          {error}
        </p>
      )}
      {datasets && datasets.length === 0 && (
        <p>
          No dataset yet. <a href="#/data">Upload a CSV on the Data page</a> first.
        </p>
      )}
      {datasets && datasets.length > 0 && (
        <TrainForm
          datasets={datasets}
          isRunning={state.status === 'running'}
          onStart={training.start}
        />
      )}
      {state.status === 'running' && (
        <TrainProgress request={state.request} events={state.events} onCancel={training.cancel} />
      )}
      {state.status === 'finished' && <RunResult outcome={state.outcome} />}
      {state.status === 'crashed' && (
        <p data-testid="train-status" data-state="failed" className="issue-text" role="alert">
          {state.message}
        </p>
      )}
      {runs.length > 0 && (
        <RunsTable
          runs={runs}
          trialCounts={trialCounts}
          selected={selected}
          onToggle={toggle}
          onDelete={(id) => void remove(id)}
        />
      )}
      {compared.length >= 2 && <RunCompare runs={compared} />}
    </div>
  );
}
