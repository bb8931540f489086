import type { BoostRound } from '../trees';

/** Rounds between two progress events (and curve points) of a tree member. */
const ROUNDS_PER_EVENT = 10;

/** A boosting round as a curve point (squared losses, as a network's epochs), or null between events. */
export function treeRoundReport(
  round: BoostRound,
): { epoch: number; loss: number; valLoss: number; elapsedMs: number } | null {
  if (round.round % ROUNDS_PER_EVENT !== 0) return null;
  return {
    epoch: round.round - 1,
    loss: round.trainLoss ** 2,
    valLoss: round.validLoss ** 2,
    elapsedMs: round.elapsedMs,
  };
}
