import { blendPredictions, fitBlendWeights } from '../model/blend-weights';
import { draftBundle } from '../model/draft-bundle';
import { evaluateOnHoldout, type EvaluatedBundle } from '../model/holdout-evaluation';
import { regressionMetrics, type RegressionMetrics } from '../model/metrics';
import type { MemberCard, ModelBundle } from '../model/model-bundle';
import type { PreparedFit } from '../model/prepare-fit';
import { pickRows } from '../statistics';

/**
 * A member weighing less than this is dropped and the weights refitted without it: it costs a
 * whole model's prediction time (a tree member: thousands of trees per row) for next to nothing.
 */
const SMALLEST_WEIGHT = 0.05;

/**
 * What the blend minimises on the validation rows: `squared`, the squared error of the price
 * (RMSE); `balanced`, that plus the squared relative error (MAPE's side), each divided by the
 * best single member's value so both count alike.
 */
export type BlendObjective = 'squared' | 'balanced';
export const DEFAULT_BLEND_OBJECTIVE: BlendObjective = 'balanced';

/** The blend (or the best single member) and what each member scored. */
export interface BlendOutcome {
  bundle: ModelBundle;
  /** False when one member alone did at least as well on the validation rows. */
  isBlend: boolean;
  members: MemberCard[];
  /** The kept bundle's metrics on the validation rows (which also fitted the weights). */
  validation: RegressionMetrics;
}

/**
 * Blends one-member bundles trained on the same prepared fit, from the validation prices their
 * evaluation computed: weights (non-negative, summing to 1) minimise the `objective` of the
 * blended price on the validation rows. The blend is kept
 * only when it beats every member on that objective; otherwise the best member serves alone.
 * TEST rows are touched once, to evaluate the kept bundle for its card.
 */
export async function blendCandidates(
  prepared: PreparedFit,
  evaluated: readonly EvaluatedBundle[],
  objective: BlendObjective = DEFAULT_BLEND_OBJECTIVE,
): Promise<BlendOutcome> {
  const actual = pickRows(
    prepared.frame.columns[prepared.target]!.values as Float64Array,
    prepared.split.validation,
  );
  const candidates = evaluated.map((candidate) => candidate.bundle);
  const predictions = evaluated.map((candidate) => candidate.validationPrices);
  const scores = predictions.map((prices) => regressionMetrics(actual, prices));
  const rowWeights = objective === 'balanced' ? balancedRowWeights(actual, predictions) : undefined;
  const loss = (prices: Float64Array) => weightedSquaredError(actual, prices, rowWeights);
  const losses = predictions.map(loss);
  const weights = fitWithoutSmallMembers(predictions, actual, rowWeights);
  const bestSingle = losses.reduce((best, value, i) => (value < losses[best]! ? i : best), 0);
  const isBlend =
    weights.filter((weight) => weight > 0).length > 1 &&
    loss(blendPredictions(predictions, weights)) < losses[bestSingle]!;
  const finalWeights = isBlend ? weights : candidates.map((_, i) => (i === bestSingle ? 1 : 0));
  const validation = regressionMetrics(actual, blendPredictions(predictions, finalWeights));
  const members = candidates.map((candidate, i) =>
    memberCard(candidate, finalWeights[i]!, scores[i]!),
  );
  if (!isBlend) {
    const single = candidates[bestSingle]!;
    const bundle = { ...single, card: { ...single.card, members } };
    return { bundle, isBlend, members, validation };
  }
  const { bundle } = await evaluateOnHoldout(
    draftBundle(prepared, {
      members: candidates.flatMap((candidate, i) =>
        finalWeights[i]! > 0 ? [{ ...candidate.members[0]!, weight: finalWeights[i]! }] : [],
      ),
      target: { ...prepared.transform, isLog: prepared.transform.low > 0 },
      training: {
        params: { blend: describeBlend(members) },
        durationMs: candidates.reduce((sum, c) => sum + c.card.training.durationMs, 0),
        epochs: Math.max(...candidates.map((c) => c.card.training.epochs)),
        stopReason: 'blend',
      },
      coverage: candidates[0]!.interval.coverage,
    }),
    prepared.frame,
    prepared.split,
  );
  bundle.card.members = members;
  return { bundle, isBlend, members, validation };
}

/** "trees (log) 0.55 + network 0.45": the kept members and their weights. */
export function describeBlend(members: readonly MemberCard[]): string {
  return members
    .filter((member) => member.weight > 0)
    .map((member) => `${member.label} ${member.weight.toFixed(2)}`)
    .join(' + ');
}

/**
 * Blend weights fitted again without the lightest member while any member weighs less than
 * {@link SMALLEST_WEIGHT} (members with weight 0 stay at 0). All 0 when none could be fitted.
 */
function fitWithoutSmallMembers(
  predictions: Float64Array[],
  actual: Float64Array,
  rowWeights: Float64Array | undefined,
): number[] {
  let active = predictions.map((_, i) => i);
  for (;;) {
    const fitted = fitBlendWeights(
      active.map((i) => predictions[i]!),
      actual,
      rowWeights,
    );
    const weights = new Array<number>(predictions.length).fill(0);
    active.forEach((member, j) => (weights[member] = fitted[j] ?? 0));
    const light = active.filter((m) => weights[m]! > 0 && weights[m]! < SMALLEST_WEIGHT);
    if (light.length === 0) return weights;
    const lightest = light.reduce((a, b) => (weights[a]! <= weights[b]! ? a : b));
    active = active.filter((member) => member !== lightest);
  }
}

function memberCard(
  candidate: ModelBundle,
  weight: number,
  validation: RegressionMetrics,
): MemberCard {
  const member = candidate.members[0]!;
  const { training, test } = candidate.card;
  return {
    label: member.label,
    kind: member.kind,
    weight,
    validation,
    test,
    durationMs: training.durationMs,
    steps: training.epochs,
    params: training.params,
    ...(candidate.card.gainImportance && { gainImportance: candidate.card.gainImportance }),
  };
}

/** Row weights of the balanced objective: 1/best MSE, plus 1/(best MSRE · price²) where price ≠ 0. */
function balancedRowWeights(actual: Float64Array, predictions: Float64Array[]): Float64Array {
  const squared = Math.min(...predictions.map((p) => weightedSquaredError(actual, p)));
  const relative = Math.min(
    ...predictions.map((p) => weightedSquaredError(actual, p, inverseSquares(actual))),
  );
  const inverse = inverseSquares(actual);
  return inverse.map((value) => 1 / squared + value / relative);
}

function inverseSquares(actual: Float64Array): Float64Array {
  return actual.map((value) => (value !== 0 ? 1 / (value * value) : 0));
}

/** Mean of the row-weighted squared errors over the finite rows. */
function weightedSquaredError(
  actual: Float64Array,
  predicted: Float64Array,
  rowWeights?: Float64Array,
): number {
  let sum = 0;
  let rows = 0;
  for (let i = 0; i < actual.length; i++) {
    const error = predicted[i]! - actual[i]!;
    if (!Number.isFinite(error)) continue;
    sum += (rowWeights ? rowWeights[i]! : 1) * error * error;
    rows++;
  }
  return rows > 0 ? sum / rows : Infinity;
}
