import { useCallback, useState } from 'react';
import { describeError } from '../../lib/errors';
import type { ComparisonResult } from '../../worker/ml/api';
import { mlClient } from '../../worker/ml/client';

/** One comparison of a version with the champion, asked from the heavy worker. */
export type ComparisonState =
  | { status: 'idle' }
  | { status: 'running'; version: number }
  | { status: 'done'; version: number; result: ComparisonResult };

/** Compares a version with the champion on the same TEST rows; the latest request wins. */
export function useComparison() {
  const [state, setState] = useState<ComparisonState>({ status: 'idle' });
  const compare = useCallback(async (version: number) => {
    setState({ status: 'running', version });
    let result: ComparisonResult;
    try {
      result = await mlClient.compareWithChampion(version);
    } catch (failure) {
      result = { ok: false, message: describeError(failure) };
    }
    setState((current) =>
      current.status === 'running' && current.version === version
        ? { status: 'done', version, result }
        : current,
    );
  }, []);
  const close = useCallback(() => setState({ status: 'idle' }), []);
  return { state, compare, close };
}
