import type { Signature, SignatureInput } from '../model/signature';
import type { ColumnMapping } from './column-matching';

/** One model input and where its cells come from. */
export interface PlannedInput {
  input: SignatureInput;
  /** Column index in the file. */
  column: number;
  /** The file's name for that column, used in messages. */
  columnName: string;
  /** Category levels, by exact and by lower-cased name → the level as the model knows it. */
  levels: Map<string, string> | null;
}

/** Everything needed to check and frame rows of one file for one model. */
export interface ScoringPlan {
  inputs: PlannedInput[];
  /** Cells a well-formed row has (the header's width). */
  width: number;
}

/**
 * Builds the plan for a file whose header is `header`, with every input mapped. Throws when an
 * input has no column: callers check {@link missingInputs} first and tell the person.
 */
export function createScoringPlan(
  signature: Signature,
  mapping: ColumnMapping,
  header: readonly string[],
): ScoringPlan {
  const inputs = signature.inputs.map((input): PlannedInput => {
    const column = mapping[input.name];
    if (column === null || column === undefined || column >= header.length) {
      throw new Error(`No column of the file feeds "${input.name}".`);
    }
    const levels =
      input.type === 'category'
        ? new Map([
            ...input.levels.map((level): [string, string] => [level.toLowerCase(), level]),
            ...input.levels.map((level): [string, string] => [level, level]),
          ])
        : null;
    return { input, column, columnName: header[column] || `column ${column + 1}`, levels };
  });
  return { inputs, width: header.length };
}
