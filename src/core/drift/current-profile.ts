import type { Frame, FrameColumn } from '../data/frame';
import { categoryCurrent, countLevelsAt } from './category-profile';
import { numericCurrent, presentValues } from './numeric-profile';
import type {
  ColumnProblem,
  CurrentProfile,
  FeatureCurrent,
  FeatureReference,
  NumericCurrent,
  ReferenceProfile,
} from './profile-types';

/** The batch column for a reference column, or why there is none. */
function matchColumn(
  frame: Frame,
  reference: FeatureReference,
): { column: FrameColumn } | { problem: ColumnProblem } {
  const column = frame.columns[reference.name];
  if (!column) {
    const message = `The batch has no column "${reference.name}".`;
    return { problem: { name: reference.name, problem: 'missing-column', message } };
  }
  if (column.kind !== reference.kind) {
    const message = `Column "${reference.name}" is read as ${column.kind} in the batch but was ${reference.kind} in training.`;
    return { problem: { name: reference.name, problem: 'wrong-kind', message } };
  }
  return { column };
}

function summarise(
  reference: FeatureReference,
  column: FrameColumn,
  rows: Int32Array | null,
): FeatureCurrent {
  if (reference.kind === 'category' && column.kind === 'category') {
    return categoryCurrent(reference, countLevelsAt(column.values, rows));
  }
  if (reference.kind !== 'category' && column.kind !== 'category') {
    return numericCurrent(reference, presentValues(column.values, rows));
  }
  throw new Error(`Kinds of "${reference.name}" differ; matchColumn should have caught it.`);
}

/**
 * Summarises rows `rows` of a batch (every row when null) against `reference`: the same bins and
 * levels, plus the batch's sorted values for exact tests. Columns the batch lacks, or holds with
 * another kind, are listed in `problems` (named) rather than thrown; the target is summarised
 * only when the batch has it.
 */
export function buildCurrentProfile(
  reference: ReferenceProfile,
  frame: Frame,
  rows: Int32Array | null = null,
): CurrentProfile {
  const features: FeatureCurrent[] = [];
  const problems: ColumnProblem[] = [];
  for (const feature of reference.features) {
    const match = matchColumn(frame, feature);
    if ('problem' in match) problems.push(match.problem);
    else features.push(summarise(feature, match.column, rows));
  }
  let target: NumericCurrent | null = null;
  if (reference.target && frame.columns[reference.target.name]) {
    const match = matchColumn(frame, reference.target);
    if ('problem' in match) problems.push(match.problem);
    else if (match.column.kind !== 'category') {
      target = numericCurrent(reference.target, presentValues(match.column.values, rows));
    }
  }
  return { rows: rows ? rows.length : frame.rowCount, features, target, problems };
}
