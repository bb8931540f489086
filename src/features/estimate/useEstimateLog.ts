import { useEffect, useState } from 'react';
import { describeError } from '../../lib/errors';
import { announceStorageChange } from '../../storage/changes';
import { openEstimoDb } from '../../storage/db';
import { logPrediction, type PredictionEntry } from '../../storage/prediction-log';
import type { EstimateState } from './useEstimate';

/** An estimate is logged once the form has rested this long, not at every keystroke. */
export const LOG_SETTLE_MS = 600;

/** Why the last estimate was not logged (a full disk, say), or that old entries were dropped. */
export type EstimateLogNote = string | null;

function entryOf(state: EstimateState): PredictionEntry | null {
  if (state.status !== 'done' || !state.result.ok) return null;
  const { value, low, high, version } = state.result;
  if (![value, low, high].every(Number.isFinite)) return null;
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(state.inputs)) inputs[name] = String(input);
  return {
    at: Date.now(),
    modelVersion: version,
    inputs,
    value,
    low,
    high,
    latencyMs: state.latencyMs,
  };
}

/**
 * Logs each settled estimate (inputs, price, interval, model version, latency, time) in the
 * IndexedDB prediction log for the Monitor page. Logging never blocks or breaks the estimate:
 * a failure (storage full) only comes back as a note.
 */
export function useEstimateLog(state: EstimateState): EstimateLogNote {
  const [note, setNote] = useState<EstimateLogNote>(null);
  useEffect(() => {
    const entry = entryOf(state);
    if (!entry) return;
    const timer = setTimeout(() => {
      openEstimoDb()
        .then((db) => logPrediction(db, entry))
        .then(({ dropped }) => {
          setNote(
            dropped > 0 ? `The log was full: its ${dropped} oldest estimates were dropped.` : null,
          );
          announceStorageChange({ kind: 'predictions' });
        })
        .catch((error: unknown) =>
          setNote(`This estimate was not logged: ${describeError(error)}`),
        );
    }, LOG_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [state]);
  return note;
}
