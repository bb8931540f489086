import type { Frame, FrameColumn } from '../data/frame';
import { fitBinEdges, writeBins } from './numeric-bins';
import { meanAndStd, pickRows, quantileOfSorted, skewness, sortedFinite } from '../statistics';

/** A number: imputed with the training median, clipped, optionally log1p'd, then standardised. */
export interface NumberEncoding {
  kind: 'number';
  name: string;
  fill: number;
  clipLow: number;
  clipHigh: number;
  isLog: boolean;
  mean: number;
  std: number;
  /**
   * Piecewise-linear bin edges in the standardised space (see `numeric-bins.ts`); when present
   * the number also takes `bins.length − 1` bin slots after its standardised value.
   */
  bins?: number[];
}

/** A category: one-hot over `levels` plus a last slot for unknown or missing levels. */
export interface CategoryEncoding {
  kind: 'category';
  name: string;
  levels: string[];
}

/** A boolean: 1 or 0; missing becomes the training share of true. */
export interface BooleanEncoding {
  kind: 'boolean';
  name: string;
  fill: number;
}

export type FeatureEncoding = NumberEncoding | CategoryEncoding | BooleanEncoding;

/** The fitted input pipeline, serialised with the model. `width` is the encoded row length. */
export interface Preprocessing {
  encodings: FeatureEncoding[];
  width: number;
}

/** Options for fitting; defaults suit price tables. */
export interface PreprocessingOptions {
  /** Levels seen fewer times than this in training share the unknown slot. */
  minLevelCount?: number;
  /** At most this many levels get a slot of their own. */
  maxLevels?: number;
  /** Inputs are clipped to these training quantiles, so outliers cannot dominate. */
  clipQuantiles?: [number, number];
  /** Piecewise-linear bins per number (0, none); numbers with few distinct values get fewer. */
  numberBins?: number;
}

/** Fits the pipeline on the training rows `rows` only. */
export function fitPreprocessing(
  frame: Frame,
  features: readonly string[],
  rows: Int32Array,
  options: PreprocessingOptions = {},
): Preprocessing {
  const encodings = features.map((name) => {
    const column = frame.columns[name];
    if (!column) throw new Error(`Column ${name} is not in the data.`);
    return fitEncoding(name, column, rows, options);
  });
  return {
    encodings,
    width: encodings.reduce((sum, encoding) => sum + encodingWidth(encoding), 0),
  };
}

function fitEncoding(
  name: string,
  column: FrameColumn,
  rows: Int32Array,
  options: PreprocessingOptions,
): FeatureEncoding {
  if (column.kind === 'category') {
    const counts = new Map<string, number>();
    for (const row of rows) {
      const level = column.values[row];
      if (level != null) counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    const minCount = options.minLevelCount ?? 2;
    const levels = [...counts]
      .filter(([, count]) => count >= minCount)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, options.maxLevels ?? 200)
      .map(([level]) => level);
    return { kind: 'category', name, levels };
  }
  const sorted = sortedFinite(pickRows(column.values, rows));
  if (column.kind === 'boolean') {
    const mean = sorted.length > 0 ? sorted.reduce((sum, v) => sum + v, 0) / sorted.length : 0;
    return { kind: 'boolean', name, fill: mean };
  }
  const encoding = fitNumberEncoding(name, sorted, options.clipQuantiles ?? [0.0005, 0.9995]);
  const bins = options.numberBins ?? 0;
  if (bins <= 0) return encoding;
  const standardised = sorted.map((value) => standardiseNumber(encoding, value));
  const edges = fitBinEdges(standardised, bins);
  return edges.length > 2 ? { ...encoding, bins: edges } : encoding;
}

function fitNumberEncoding(
  name: string,
  sorted: Float64Array,
  clip: [number, number],
): NumberEncoding {
  const fill = sorted.length > 0 ? quantileOfSorted(sorted, 0.5) : 0;
  const clipLow = sorted.length > 0 ? quantileOfSorted(sorted, clip[0]) : 0;
  const clipHigh = sorted.length > 0 ? quantileOfSorted(sorted, clip[1]) : 0;
  const isLog = clipLow >= 0 && skewness(sorted) > 1;
  const scaled = sorted.map((value) => scaleNumber(value, clipLow, clipHigh, isLog));
  const { mean, std } = sorted.length > 0 ? meanAndStd(scaled) : { mean: 0, std: 1 };
  return { kind: 'number', name, fill, clipLow, clipHigh, isLog, mean, std: std > 0 ? std : 1 };
}

function scaleNumber(value: number, low: number, high: number, isLog: boolean): number {
  const clipped = Math.min(high, Math.max(low, value));
  return isLog ? Math.log1p(clipped) : clipped;
}

/** A number's standardised value after imputation, clipping and the optional log. */
function standardiseNumber(encoding: NumberEncoding, raw: number): number {
  const value = Number.isFinite(raw) ? raw : encoding.fill;
  const scaled = scaleNumber(value, encoding.clipLow, encoding.clipHigh, encoding.isLog);
  return (scaled - encoding.mean) / encoding.std;
}

/** How many encoded values one feature takes. */
export function encodingWidth(encoding: FeatureEncoding): number {
  if (encoding.kind === 'category') return encoding.levels.length + 1;
  return encoding.kind === 'number' && encoding.bins ? encoding.bins.length : 1;
}

/**
 * Encodes every row of `frame` into a row-major Float32Array of shape `[frame.rowCount, width]`.
 * Missing numbers take the training median; unknown or missing levels take the unknown slot.
 */
export function encodeFrame(pre: Preprocessing, frame: Frame): Float32Array {
  const out = new Float32Array(frame.rowCount * pre.width);
  let offset = 0;
  for (const encoding of pre.encodings) {
    const column = frame.columns[encoding.name];
    if (!column) throw new Error(`Column ${encoding.name} is missing from the input.`);
    writeEncoded(encoding, column, out, { offset, width: pre.width, rowCount: frame.rowCount });
    offset += encodingWidth(encoding);
  }
  return out;
}

interface Layout {
  offset: number;
  width: number;
  rowCount: number;
}

function writeEncoded(
  encoding: FeatureEncoding,
  column: FrameColumn,
  out: Float32Array,
  at: Layout,
): void {
  if (encoding.kind === 'category') {
    const slots = new Map(encoding.levels.map((level, slot) => [level, slot]));
    const unknown = encoding.levels.length;
    for (let i = 0; i < at.rowCount; i++) {
      const level = column.kind === 'category' ? column.values[i] : String(column.values[i]);
      out[i * at.width + at.offset + (slots.get(level ?? '') ?? unknown)] = 1;
    }
    return;
  }
  if (column.kind === 'category')
    throw new Error(`Column ${encoding.name} should be ${encoding.kind}.`);
  for (let i = 0; i < at.rowCount; i++) {
    const raw = column.values[i]!;
    const at0 = i * at.width + at.offset;
    if (encoding.kind === 'boolean') {
      out[at0] = Number.isFinite(raw) ? raw : encoding.fill;
      continue;
    }
    const z = standardiseNumber(encoding, raw);
    out[at0] = z;
    if (encoding.bins) writeBins(z, encoding.bins, out, at0 + 1);
  }
}
