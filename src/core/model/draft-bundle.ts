import * as tf from '@tensorflow/tfjs';
import { pickRows } from '../statistics';
import type { TargetTransform } from '../target-transform';
import { baselineMetrics, regressionMetrics } from './metrics';
import {
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  type BundleMember,
  type ModelBundle,
  type ModelCard,
} from './model-bundle';
import type { PreparedFit } from './prepare-fit';

/** What a draft needs besides the prepared fit. */
export interface DraftParts {
  members: BundleMember[];
  /** Its mean and std are ignored (set to 0 and 1): only the space and range matter. */
  target: TargetTransform;
  /** How training went; `backend` and `createdAt` are filled in here. */
  training: Omit<ModelCard['training'], 'backend'>;
  /** Interval coverage, e.g. 0.8 for P10–P90. */
  coverage: number;
}

/**
 * A bundle before its holdout evaluation: signature, members, lineage and the baseline on TEST
 * rows; its interval and TEST metrics are placeholders that {@link evaluateOnHoldout} fills.
 */
export function draftBundle(prepared: PreparedFit, parts: DraftParts): ModelBundle {
  const { frame, split, signature } = prepared;
  const targetValues = frame.columns[prepared.target]!.values as Float64Array;
  const usedRows = split.fit.length + split.validation.length + split.test.length;
  return {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    name: prepared.datasetName,
    signature,
    target: { ...parts.target, mean: 0, std: 1 },
    interval: { coverage: parts.coverage, lowOffset: 0, highOffset: 0 },
    members: parts.members,
    card: {
      dataset: { name: prepared.datasetName, rows: frame.rowCount },
      rows: {
        fit: split.fit.length,
        validation: split.validation.length,
        test: split.test.length,
        missingTarget: frame.rowCount - usedRows,
      },
      test: regressionMetrics([], []),
      baseline: baselineMetrics(pickRows(targetValues, split.test), signature.target.mean),
      intervalCoverageOnTest: Number.NaN,
      training: { ...parts.training, backend: tf.getBackend() },
      createdAt: new Date().toISOString(),
    },
  };
}
