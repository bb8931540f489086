import { useMemo, useState } from 'react';
import type { DatasetMeta } from '../../storage/datasets';
import type { TrainPreset } from '../../worker/ml/api';
import { featureChoices, suggestFeatures, targetChoices } from './train-view';

/** What the person picked on the form; unset parts fall back to the dataset's defaults. */
interface Picks {
  datasetId: string | null;
  target: string | null;
  /** Ticked features for the picked dataset and target; null = the suggested ones. */
  features: string[] | null;
  preset: TrainPreset;
  seed: number;
  trials: number;
}

/** The Train form's state: defaults follow the dataset (its target, the suggested features). */
export function useTrainChoice(datasets: readonly DatasetMeta[]) {
  const [picks, setPicks] = useState<Picks>({
    datasetId: null,
    target: null,
    features: null,
    preset: 'fast',
    seed: 42,
    trials: 8,
  });
  const dataset = datasets.find((d) => d.id === picks.datasetId) ?? datasets[0] ?? null;
  const targets = dataset ? targetChoices(dataset) : [];
  const target =
    (picks.target && targets.includes(picks.target) ? picks.target : null) ??
    (dataset?.target && targets.includes(dataset.target) ? dataset.target : null) ??
    targets[targets.length - 1] ??
    null;
  const suggestion = useMemo(
    () => (dataset && target ? suggestFeatures(dataset, target) : { features: [], leftOut: [] }),
    [dataset, target],
  );
  const choices = dataset && target ? featureChoices(dataset, target) : [];
  const features = picks.features ?? suggestion.features;
  const update = (patch: Partial<Picks>) => setPicks((now) => ({ ...now, ...patch }));
  return {
    dataset,
    targets,
    target,
    choices,
    features,
    leftOut: suggestion.leftOut,
    preset: picks.preset,
    seed: picks.seed,
    trials: picks.trials,
    pickDataset: (datasetId: string) => update({ datasetId, target: null, features: null }),
    pickTarget: (next: string) => update({ target: next, features: null }),
    toggleFeature: (column: string) =>
      update({
        features: features.includes(column)
          ? features.filter((f) => f !== column)
          : choices.filter((c) => c === column || features.includes(c)),
      }),
    pickPreset: (preset: TrainPreset) => update({ preset }),
    pickSeed: (seed: number) => update({ seed }),
    pickTrials: (trials: number) => update({ trials }),
  };
}
