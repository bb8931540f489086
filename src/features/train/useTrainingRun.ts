import { useCallback, useRef, useState } from 'react';
import { describeError } from '../../lib/errors';
import type {
  RunRecord,
  TrainOutcome,
  TrainProgressEvent,
  TrainRequest,
} from '../../worker/ml/api';
import { mlClient } from '../../worker/ml/client';

/** A training run from the page's side; `train-status` shows `status` as its `data-state`. */
export type TrainingState =
  | { status: 'idle' }
  | { status: 'running'; request: TrainRequest; events: TrainProgressEvent[]; startedMs: number }
  | { status: 'finished'; outcome: TrainOutcome }
  | { status: 'crashed'; message: string };

/** How a finished state shows on the page. */
export function runState(state: TrainingState): 'idle' | RunRecord['status'] {
  if (state.status === 'finished') return state.outcome.run.status;
  if (state.status === 'crashed') return 'failed';
  return state.status;
}

/** Events kept for the live chart (a long run thins older ones out). */
const MAX_EVENTS = 2_000;

/**
 * One training run at a time in the heavy worker: start, live progress (every epoch), cancel.
 * The page keeps the history; leaving the page does not cancel (the run is stored when it ends).
 */
export function useTrainingRun(onFinished: (outcome: TrainOutcome) => void) {
  const [state, setState] = useState<TrainingState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (request: TrainRequest) => {
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: 'running', request, events: [], startedMs: performance.now() });
      const onProgress = (event: TrainProgressEvent) =>
        setState((now) =>
          now.status === 'running' && now.request.runId === event.runId
            ? { ...now, events: [...now.events.slice(-MAX_EVENTS), event] }
            : now,
        );
      try {
        const outcome = await mlClient.train(request, onProgress, abort.signal);
        setState({ status: 'finished', outcome });
        onFinished(outcome);
      } catch (error) {
        setState({ status: 'crashed', message: describeError(error) });
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [onFinished],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
