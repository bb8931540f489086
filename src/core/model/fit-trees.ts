import {
  fitTreeModel,
  serializeTreeModel,
  type BoostRound,
  type TreeModelFit,
  type TreeModelParams,
} from '../trees';
import { draftBundle } from './draft-bundle';
import { evaluateOnHoldout, type EvaluatedBundle } from './holdout-evaluation';
import type { PreparedFit } from './prepare-fit';

/** Options of {@link fitTreesPrepared}. */
export interface TreesFitOptions {
  /** Polled before every round: true ends boosting with the best trees so far. */
  shouldStop?: () => boolean;
  onRound?: (round: BoostRound) => void;
  /** Interval coverage, e.g. 0.8 for P10–P90. */
  intervalCoverage?: number;
  /** Names the member ("trees (log)"). */
  label: string;
}

/** A one-member tree bundle, evaluated on the holdout (with its validation prices), and how boosting went. */
export interface TreesFitResult extends EvaluatedBundle {
  fit: TreeModelFit;
}

/**
 * Boosts trees on a prepared fit: the same fit rows and validation rows (early stopping, interval)
 * as the networks, so members can be compared and blended; TEST rows are touched once, for the card.
 */
export async function fitTreesPrepared(
  prepared: PreparedFit,
  params: TreeModelParams,
  options: TreesFitOptions,
): Promise<TreesFitResult> {
  const started = performance.now();
  const { frame, target, features, split } = prepared;
  const fit = fitTreeModel({
    frame,
    target,
    features,
    params,
    fitRows: split.fit,
    validationRows: split.validation,
    onRound: options.onRound,
    shouldStop: options.shouldStop,
  });
  const draft = draftBundle(prepared, {
    members: [
      { kind: 'trees', label: options.label, weight: 1, trees: serializeTreeModel(fit.model) },
    ],
    target: fit.model.transform,
    training: {
      params: { ...params },
      durationMs: 0,
      epochs: fit.bestRound,
      stopReason: fit.stopReason,
    },
    coverage: options.intervalCoverage ?? 0.8,
  });
  const evaluated = await evaluateOnHoldout(draft, frame, split);
  evaluated.bundle.card.training.durationMs = performance.now() - started;
  evaluated.bundle.card.gainImportance = fit.importance;
  return { ...evaluated, fit };
}
