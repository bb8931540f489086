import { splitRows } from '../data/holdout';
import type { Frame, FrameColumn } from '../data/frame';
import { regressionMetrics } from '../model/metrics';
import { selectRows } from '../model/select-rows';
import { createRandom, shuffleInPlace } from '../random';
import { pickRows } from '../statistics';

/** Any model's batch predictor: one estimate per row of `frame`, in the target's units. */
export type FramePredictor = (frame: Frame) => Promise<Float64Array> | Float64Array;

/** What to measure: a finished model's predictor and the data it was trained on. */
export interface PermutationImportanceRequest {
  frame: Frame;
  target: string;
  features: readonly string[];
  predict: FramePredictor;
  seed: number;
  /** Rows to score on; the TEST rows of the holdout rule (with a target) when absent. */
  rows?: Int32Array;
  /** Shuffles per feature, averaged (1). */
  repeats?: number;
}

/** How much worse the model gets without a feature's information. */
export interface FeatureImportance {
  feature: string;
  /** RMSE with the feature shuffled minus the intact RMSE, in the target's units (≈ 0: unused). */
  rmseIncrease: number;
}

/** The intact RMSE and each feature's importance, most important first. */
export interface PermutationImportance {
  rmse: number;
  rowCount: number;
  features: FeatureImportance[];
}

/**
 * Permutation importance (Breiman 2001): on the TEST rows, shuffle one feature's values across
 * rows (seeded), re-predict, and report the rise in RMSE. Model-agnostic: it only calls `predict`.
 */
export async function permutationImportance(
  request: PermutationImportanceRequest,
): Promise<PermutationImportance> {
  const { frame, target, seed } = request;
  const targetValues = frame.columns[target]?.values;
  if (!(targetValues instanceof Float64Array)) throw new Error(`Target ${target} is not numeric.`);
  const rows =
    request.rows ?? splitRows(frame.rowCount, (row) => Number.isFinite(targetValues[row]!)).test;
  const scored = selectRows(frame, rows);
  const actual = pickRows(targetValues, rows);
  const rmseOf = async (input: Frame) =>
    regressionMetrics(actual, await request.predict(input)).rmse;
  const rmse = await rmseOf(scored);
  const random = createRandom(seed);
  const features: FeatureImportance[] = [];
  for (const feature of request.features) {
    let total = 0;
    const repeats = request.repeats ?? 1;
    for (let r = 0; r < repeats; r++) {
      const column = scored.columns[feature];
      if (!column) throw new Error(`Column ${feature} is not in the data.`);
      const shuffled = { ...scored.columns, [feature]: shuffleColumn(column, random) };
      total += await rmseOf({ rowCount: scored.rowCount, columns: shuffled });
    }
    features.push({ feature, rmseIncrease: total / repeats - rmse });
  }
  features.sort((a, b) => b.rmseIncrease - a.rmseIncrease);
  return { rmse, rowCount: rows.length, features };
}

/** A copy of `column` with its rows in a random order. */
function shuffleColumn(column: FrameColumn, random: () => number): FrameColumn {
  const order = shuffleInPlace(
    Int32Array.from({ length: column.values.length }, (_, i) => i),
    random,
  );
  if (column.kind === 'category') {
    return { kind: 'category', values: Array.from(order, (row) => column.values[row] ?? null) };
  }
  return { kind: column.kind, values: pickRows(column.values, order) };
}
