import type { Frame } from '../data/frame';
import type { ColumnType } from '../data/column-typing';
import { isNumericColumn, type DataTable } from '../data/ingest/table';
import { isFeatureType } from './table-frame';

/** Fewest rows with a target value that a training accepts. */
export const MIN_TRAINING_ROWS = 20;

/** What can stop a training before it starts. */
export type TrainingIssueCode =
  | 'target-missing'
  | 'target-not-numeric'
  | 'target-constant'
  | 'too-few-rows'
  | 'no-features'
  | 'feature-is-target'
  | 'feature-missing'
  | 'feature-not-usable';

/** One problem, with a message that names the column, type or count involved. */
export interface TrainingIssue {
  code: TrainingIssueCode;
  message: string;
}

/**
 * The verdict on a training request. `rowsLeftOut` counts rows whose target is missing: they are
 * not an error, they are left out, and the page says how many.
 */
export interface TrainingCheck {
  isOk: boolean;
  issues: TrainingIssue[];
  rowsWithTarget: number;
  rowsLeftOut: number;
}

/** A training request: the target and the chosen features. */
export interface TrainingChoice {
  target: string;
  features: readonly string[];
}

/** The column facts a check needs: type by name, and the target's values (NaN missing). */
interface ColumnFacts {
  typeOf: (name: string) => ColumnType | undefined;
  targetValues: Float64Array | null;
}

/** Checks a request against an ingested table, before any frame is built. */
export function checkTrainingInput(table: DataTable, choice: TrainingChoice): TrainingCheck {
  const typeOf = (name: string) => table.columns.find((column) => column.name === name)?.type;
  const target = table.columns.find((column) => column.name === choice.target);
  const targetValues =
    target && isNumericColumn(target) && target.type === 'number' ? target.values : null;
  return checkFacts({ typeOf, targetValues }, choice);
}

/** Checks a request against a modelling frame (the worker's last line of defence). */
export function checkFrameInput(frame: Frame, choice: TrainingChoice): TrainingCheck {
  const typeOf = (name: string) => frame.columns[name]?.kind;
  const target = frame.columns[choice.target];
  const targetValues = target?.kind === 'number' ? target.values : null;
  return checkFacts({ typeOf, targetValues }, choice);
}

function checkFacts(facts: ColumnFacts, choice: TrainingChoice): TrainingCheck {
  const issues = [...targetIssues(facts, choice.target), ...featureIssues(facts, choice)];
  const { present, missing } = countTargets(facts.targetValues);
  if (facts.targetValues && present < MIN_TRAINING_ROWS) {
    issues.push({
      code: 'too-few-rows',
      message: `Only ${present} rows have a value for "${choice.target}"; training needs at least ${MIN_TRAINING_ROWS}.`,
    });
  }
  return { isOk: issues.length === 0, issues, rowsWithTarget: present, rowsLeftOut: missing };
}

function targetIssues(facts: ColumnFacts, target: string): TrainingIssue[] {
  const type = facts.typeOf(target);
  if (type === undefined) {
    return [{ code: 'target-missing', message: `The target "${target}" is not in the data.` }];
  }
  if (type !== 'number' || !facts.targetValues) {
    return [
      {
        code: 'target-not-numeric',
        message: `The target "${target}" is typed ${type}; a price target must be a number.`,
      },
    ];
  }
  const { low, high } = rangeOf(facts.targetValues);
  if (low === high) {
    return [
      {
        code: 'target-constant',
        message: `Every row has the same "${target}" (${low}); there is nothing to learn.`,
      },
    ];
  }
  return [];
}

function featureIssues(facts: ColumnFacts, choice: TrainingChoice): TrainingIssue[] {
  if (choice.features.length === 0) {
    return [{ code: 'no-features', message: 'No features are selected: pick at least one.' }];
  }
  const issues: TrainingIssue[] = [];
  for (const name of choice.features) {
    const type = facts.typeOf(name);
    if (name === choice.target) {
      issues.push({
        code: 'feature-is-target',
        message: `"${name}" is the target; it cannot also be a feature.`,
      });
    } else if (type === undefined) {
      issues.push({
        code: 'feature-missing',
        message: `The feature "${name}" is not in the data.`,
      });
    } else if (!isFeatureType(type)) {
      issues.push({
        code: 'feature-not-usable',
        message: `The feature "${name}" is typed ${type}; re-type it as a category or leave it out.`,
      });
    }
  }
  return issues;
}

function countTargets(values: Float64Array | null): { present: number; missing: number } {
  if (!values) return { present: 0, missing: 0 };
  let present = 0;
  for (const value of values) if (Number.isFinite(value)) present++;
  return { present, missing: values.length - present };
}

/** Smallest and largest finite value; both NaN when there is none. */
function rangeOf(values: Float64Array): { low: number; high: number } {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  return low <= high ? { low, high } : { low: Number.NaN, high: Number.NaN };
}
