import { draftBundle } from './draft-bundle';
import { evaluateOnHoldout, type EvaluatedBundle } from './holdout-evaluation';
import { serializeNetwork } from './model-bundle';
import { buildNetwork } from './network';
import { prepareFit, type FitData, type PreparedFit } from './prepare-fit';
import { trainNetwork, type TrainingHooks, type TrainingOutcome } from './train-network';

/** Network and schedule settings of one training run. */
export interface NetworkParams {
  hiddenUnits: number[];
  members: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  patience: number;
  l2: number;
  seed: number;
  /** Wall-clock limit of the training loop in ms (best weights kept when reached); none when absent. */
  timeBudgetMs?: number;
  /** At most this many fit rows per epoch (seeded sample); all when absent. */
  maxRowsPerEpoch?: number;
  /** Grow the planned epochs to the time budget at the measured pace, up to this many. */
  growEpochsTo?: number;
}

export interface FitRequest extends FitData, TrainingHooks {
  params: NetworkParams;
  /** Interval coverage, e.g. 0.8 for P10–P90. */
  intervalCoverage?: number;
}

/** The evaluated network bundle with its validation prices, and how training went. */
export interface FitResult extends EvaluatedBundle {
  outcome: TrainingOutcome;
}

/** Options of {@link fitPrepared}: training hooks and the interval coverage. */
export interface FitOptions extends TrainingHooks {
  intervalCoverage?: number;
}

/**
 * Trains a network with `params` on a prepared fit: it learns on the fit rows with early stopping
 * on the validation rows, which also calibrate the interval; TEST rows are touched once, for the
 * metrics in the card. Leaves no tensors behind.
 */
export async function fitPrepared(
  prepared: PreparedFit,
  params: NetworkParams,
  options: FitOptions = {},
): Promise<FitResult> {
  const started = performance.now();
  const model = buildNetwork({ inputWidth: prepared.preprocessing.width, ...params });
  try {
    const { fitRows, validationRows } = prepared;
    const outcome = await trainNetwork(model, fitRows, validationRows, params, options);
    const network = await serializeNetwork(model);
    const draft = draftBundle(prepared, {
      members: [
        {
          kind: 'network',
          label: 'network',
          weight: 1,
          preprocessing: prepared.preprocessing,
          target: prepared.transform,
          network,
        },
      ],
      target: prepared.transform,
      training: {
        params: { ...params },
        durationMs: 0,
        epochs: outcome.history.length,
        stopReason: outcome.stopReason,
      },
      coverage: options.intervalCoverage ?? 0.8,
    });
    const evaluated = await evaluateOnHoldout(draft, prepared.frame, prepared.split);
    evaluated.bundle.card.training.durationMs = performance.now() - started;
    return { ...evaluated, outcome };
  } finally {
    model.dispose();
  }
}

/**
 * Fits a price model end to end: {@link prepareFit}, then {@link fitPrepared}. The card's
 * duration covers both.
 */
export async function fitPriceModel(request: FitRequest): Promise<FitResult> {
  const started = performance.now();
  const result = await fitPrepared(prepareFit(request), request.params, request);
  result.bundle.card.training.durationMs = performance.now() - started;
  return result;
}
