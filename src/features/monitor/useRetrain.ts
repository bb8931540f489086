import { useCallback, useRef, useState } from 'react';
import { describeError } from '../../lib/errors';
import { announceStorageChange } from '../../storage/changes';
import { setChampion } from '../../storage/champion';
import { openEstimoDb } from '../../storage/db';
import { mlClient } from '../../worker/ml/client';
import type {
  RetrainData,
  RetrainOutcome,
  RetrainPhase,
  RetrainProgress,
  RetrainPromotion,
} from '../../worker/ml/api';

/** Where a retrain is; `data-state` of `retrain-status`. */
export type RetrainState =
  | { status: 'idle' }
  | { status: 'running'; phase: RetrainPhase; epoch: number | null }
  | { status: 'done'; outcome: Extract<RetrainOutcome, { ok: true }> }
  | { status: 'failed'; message: string };

/** "Retrain with this data", cancel, and promote the challenger on a click. */
export function useRetrain() {
  const [state, setState] = useState<RetrainState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(async (file: File, data: RetrainData, promotion: RetrainPromotion) => {
    const abort = new AbortController();
    controller.current = abort;
    const runId = `retrain-${Date.now().toString(36)}`;
    setState({ status: 'running', phase: 'dataset', epoch: null });
    // Progress comes through its own message port and may land after the result: drop it then.
    let isSettled = false;
    const onProgress = (progress: RetrainProgress) => {
      if (isSettled) return;
      const epoch = progress.training?.epoch ?? null;
      setState({ status: 'running', phase: progress.phase, epoch });
    };
    try {
      const outcome = await mlClient.retrainFromBatch(
        { runId, file, data, promotion },
        onProgress,
        abort.signal,
      );
      isSettled = true;
      setState(
        outcome.ok ? { status: 'done', outcome } : { status: 'failed', message: outcome.message },
      );
    } catch (error) {
      isSettled = true;
      const isAbort = error instanceof DOMException && error.name === 'AbortError';
      setState({
        status: 'failed',
        message: isAbort ? 'The retrain was cancelled.' : describeError(error),
      });
    } finally {
      controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  const promote = useCallback(async () => {
    if (state.status !== 'done') return;
    const { version } = state.outcome.challenger;
    try {
      await setChampion(await openEstimoDb(), version);
      announceStorageChange({ kind: 'champion', version });
      const challenger = { ...state.outcome.challenger, isChampion: true };
      setState({ status: 'done', outcome: { ...state.outcome, challenger, isPromoted: true } });
    } catch (error) {
      setState({
        status: 'failed',
        message: `Version ${version} was not promoted: ${describeError(error)}`,
      });
    }
  }, [state]);

  return { state, start, cancel, promote };
}
