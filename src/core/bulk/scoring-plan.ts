import { hasDecimalComma, writesDotThousands } from '../data/cell-values';
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
  /** Numbers: the file writes thousands with dots (`150.000`), as its first rows show. */
  dotThousands: boolean;
}

/** Rows at the top of a file that decide each number column's convention. */
export const CONVENTION_SAMPLE_ROWS = 1000;

/** Everything needed to check and frame rows of one file for one model. */
export interface ScoringPlan {
  inputs: PlannedInput[];
  /** Cells a well-formed row has (the header's width). */
  width: number;
}

/**
 * Builds the plan for a file whose header is `header`, with every input mapped. Throws when an
 * input has no column: callers check {@link missingInputs} first and tell the person. `sample`
 * (the first data rows, up to {@link CONVENTION_SAMPLE_ROWS}) tells whether a number column
 * writes thousands with dots, as ingest decides it ({@link writesDotThousands}).
 */
export function createScoringPlan(
  signature: Signature,
  mapping: ColumnMapping,
  header: readonly string[],
  sample: readonly (readonly string[])[] = [],
): ScoringPlan {
  const rows = sample.slice(0, CONVENTION_SAMPLE_ROWS);
  const fileHasDecimalComma = rows.some((row) => row.some(hasDecimalComma));
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
    const dotThousands =
      input.type === 'number' &&
      writesDotThousands(
        rows.map((row) => row[column] ?? ''),
        fileHasDecimalComma,
      );
    const columnName = header[column] || `column ${column + 1}`;
    return { input, column, columnName, levels, dotThousands };
  });
  return { inputs, width: header.length };
}
