import { useEffect, useState } from 'react';
import { describeError } from '../../lib/errors';
import type { EstimateResult } from '../../worker/predictor/api';
import { predictorClient } from '../../worker/predictor/client';
import type { FormValues } from './form-values';

export type EstimateState =
  | { status: 'pending' }
  | { status: 'done'; result: EstimateResult; inputs: FormValues; latencyMs: number }
  | { status: 'failed'; message: string };

/**
 * Asks the predictor for an estimate whenever `values` change, with no debounce (an estimate
 * costs well under a frame); answers to superseded requests are dropped.
 */
export function useEstimate(values: FormValues | null): EstimateState {
  const [state, setState] = useState<EstimateState>({ status: 'pending' });
  useEffect(() => {
    if (!values) return;
    const startedMs = performance.now();
    predictorClient
      .estimateLatest(values)
      .then((result) => {
        const latencyMs = performance.now() - startedMs;
        if (result) setState({ status: 'done', result, inputs: values, latencyMs });
      })
      .catch((error: unknown) => setState({ status: 'failed', message: describeError(error) }));
  }, [values]);
  return state;
}
