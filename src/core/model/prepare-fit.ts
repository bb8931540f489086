import { splitRows, type RowSplit } from '../data/holdout';
import type { Frame } from '../data/frame';
import { pickRows } from '../statistics';
import { fitTargetTransform, standardise, type TargetTransform } from '../target-transform';
import {
  encodeFrame,
  fitPreprocessing,
  type Preprocessing,
  type PreprocessingOptions,
} from './preprocessing';
import { selectRows } from './select-rows';
import { buildSignature, type Signature } from './signature';
import type { TrainingRows } from './train-network';

/** The data side of a fit: which frame, target and features, and under which name. */
export interface FitData {
  frame: Frame;
  target: string;
  features: string[];
  datasetName: string;
  preprocessingOptions?: PreprocessingOptions;
}

/**
 * Everything about a fit that does not depend on the network: the holdout split (rows with a
 * missing target left out), signature, preprocessing and target transform fitted on non-TEST
 * rows, and the encoded fit and validation rows. Prepare once, fit many (a search does).
 */
export interface PreparedFit extends FitData {
  split: RowSplit;
  signature: Signature;
  preprocessing: Preprocessing;
  transform: TargetTransform;
  fitRows: TrainingRows;
  validationRows: TrainingRows;
}

/** Prepares a fit by the holdout rule of DESIGN.md; throws if the target is not numeric. */
export function prepareFit(data: FitData): PreparedFit {
  const { frame, target, features } = data;
  const targetColumn = frame.columns[target];
  if (!targetColumn || targetColumn.kind !== 'number')
    throw new Error(`Target ${target} is not numeric.`);
  const targetValues = targetColumn.values;
  const split = splitRows(frame.rowCount, (row) => Number.isFinite(targetValues[row]!));
  const training = Int32Array.from([...split.fit, ...split.validation]).sort();
  const preprocessing = fitPreprocessing(frame, features, training, data.preprocessingOptions);
  const transform = fitTargetTransform(pickRows(targetValues, training));
  const rowsOf = (rows: Int32Array): TrainingRows => ({
    x: encodeFrame(preprocessing, selectRows(frame, rows)),
    y: Float32Array.from(pickRows(targetValues, rows), (value) => standardise(transform, value)),
    rows: rows.length,
  });
  return {
    ...data,
    split,
    signature: buildSignature(frame, features, target, training),
    preprocessing,
    transform,
    fitRows: rowsOf(split.fit),
    validationRows: rowsOf(split.validation),
  };
}
