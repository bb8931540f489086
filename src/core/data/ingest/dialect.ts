import type { RecordCells } from './record-cells';
import { CsvTokenizer } from './tokenizer';

/** Separators ingest recognises, in order of preference on a tie. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** One of {@link DELIMITERS}. */
export type Delimiter = (typeof DELIMITERS)[number];

/** Records of the sample that take part in the vote (the header and the rows after it). */
const SAMPLE_RECORDS = 50;

interface Candidate {
  delimiter: Delimiter;
  headerWidth: number;
  consistency: number;
}

/**
 * Detects the separator from the first lines of a file, quote-aware (a `,` inside a quoted cell
 * does not count). Each candidate splits the sample; the winner gives the header more than one
 * column and the most rows as wide as the header, then the widest header. `isWhole` says the
 * sample is the whole file, so its last line is complete. Falls back to `,`.
 */
export function detectDelimiter(sample: string, isWhole: boolean): Delimiter {
  let best: Candidate | null = null;
  for (const delimiter of DELIMITERS) {
    const candidate = scoreDelimiter(sample, isWhole, delimiter);
    if (candidate.headerWidth < 2) continue;
    if (
      best === null ||
      candidate.consistency > best.consistency ||
      (candidate.consistency === best.consistency && candidate.headerWidth > best.headerWidth)
    ) {
      best = candidate;
    }
  }
  return best?.delimiter ?? ',';
}

function scoreDelimiter(sample: string, isWhole: boolean, delimiter: Delimiter): Candidate {
  const widths: number[] = [];
  const sink = {
    record(cells: RecordCells, count: number) {
      const isBlank = count === 1 && cells.text(0).trim() === '';
      if (!isBlank && widths.length < SAMPLE_RECORDS) widths.push(count);
    },
  };
  const tokenizer = new CsvTokenizer(delimiter.charCodeAt(0), sink, {
    maxCellChars: Number.MAX_SAFE_INTEGER,
    maxStoredCells: 1,
  });
  try {
    tokenizer.push(sample);
    if (isWhole) tokenizer.finish();
  } catch {
    return { delimiter, headerWidth: 0, consistency: 0 };
  }
  if (widths.length === 0) {
    // Not one whole line in the sample (a very long header): count the separators instead.
    return { delimiter, headerWidth: sample.split(delimiter).length, consistency: 0 };
  }
  const [headerWidth = 0, ...rows] = widths;
  const matching = rows.filter((width) => width === headerWidth).length;
  const consistency = rows.length === 0 ? 1 : matching / rows.length;
  return { delimiter, headerWidth, consistency };
}
