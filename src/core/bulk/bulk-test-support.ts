import type { Frame } from '../data/frame';
import type { Signature } from '../model/signature';
import type { BeginPricing, PriceFrame } from './bulk-chunk-scorer';
import { scoreCsvFile, type CsvScoringSetup } from './bulk-csv-scoring';
import { scoreCsvByRows, type ReferenceRun } from './bulk-reference';
import { RunTally } from './run-tally';

/** Numbers and a category (with a non-ASCII level): every cell can take the byte path. */
export const BYTE_SIGNATURE: Signature = {
  target: { name: 'price', min: 100, max: 10_000, mean: 2000 },
  inputs: [
    { name: 'carat', type: 'number', min: 0.2, max: 4, median: 0.7, isInteger: false },
    { name: 'cut', type: 'category', levels: ['Good', 'Ideal', 'Très bon'], mostCommon: 'Ideal' },
    { name: 'depth', type: 'number', min: 40, max: 80, median: 61, isInteger: false },
  ],
};

/** `id,carat,cut,depth,remark` files: where BYTE_SIGNATURE's inputs are. */
export const BYTE_MAPPING = { carat: 1, cut: 2, depth: 3 };

/**
 * A stand-in for the network: a price from the row's values alone (so batching cannot change
 * it), NaN for carat 3.5 and negative for carat 3.25 (rows the model "cannot price").
 */
export const fakePrice: PriceFrame = async (frame: Frame) => {
  const n = frame.rowCount;
  const estimates = {
    values: new Float64Array(n),
    low: new Float64Array(n),
    high: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (const column of Object.values(frame.columns)) {
      const value = column.values[i];
      sum += typeof value === 'number' ? value : (value?.length ?? 0) * 0.37;
    }
    const carat = frame.columns.carat?.values[i];
    const price = carat === 3.5 ? Number.NaN : carat === 3.25 ? -4 : sum * 123.4567 + 0.005;
    estimates.values[i] = price;
    estimates.low[i] = price * 0.9 - 40;
    estimates.high[i] = price * 1.1;
  }
  return estimates;
};

/**
 * Pricing that starts at once and resolves a task later, as helper threads would: the run's
 * next chunk is read and checked before a chunk's prices come in.
 */
export function startedPricing(price: PriceFrame): BeginPricing {
  return (frame) => {
    const estimates = price(frame);
    return async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return estimates;
    };
  };
}

/** Output and tally of both paths on the same file. */
export interface BothRuns {
  reference: ReferenceRun;
  bytes: ReferenceRun;
}

/** Scores `content` the reference way and the byte way, with the same setup and prices. */
export async function scoreBothWays(
  content: string | Uint8Array,
  setup: CsvScoringSetup,
  price: PriceFrame = fakePrice,
): Promise<BothRuns> {
  const file = new Blob([content as BlobPart]);
  const reference = await scoreCsvByRows(file, setup, price);
  const { min, max } = setup.signature.target;
  const tally = new RunTally(min, max);
  const parts: Uint8Array[] = [];
  await scoreCsvFile(file, setup, {
    beginPrice: startedPricing(price),
    write: async (bytes) => void parts.push(bytes.slice()),
    onRows: (rows, firstRow) => tally.addScored(rows, firstRow, (k) => rows.textRow(k)),
    onProgress: () => undefined,
    isCancelled: () => false,
  });
  const output = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (output.set(part, at), at + part.length), 0);
  return { reference, bytes: { output, tally: tally.snapshot() } };
}

/** Bytes as a string of code units 0–255, so a test failure shows a readable, exact diff. */
export const asLatin1 = (bytes: Uint8Array): string =>
  Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
