import { useEffect, useState } from 'react';
import { describeError } from '../../lib/errors';
import { onStorageChange } from '../../storage/changes';
import type { ActiveModel } from '../../worker/predictor/api';
import { predictorClient } from '../../worker/predictor/client';

export type ActiveModelState =
  | { status: 'loading' }
  | { status: 'ready'; model: ActiveModel }
  | { status: 'failed'; message: string };

/**
 * Loads the champion in the predictor worker; loads it again when the worker restarts and when
 * a promotion or roll back (in any tab) moves the champion, keeping the old one shown meanwhile.
 */
export function useActiveModel(): ActiveModelState {
  const [state, setState] = useState<ActiveModelState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => predictorClient.onCrash(() => setGeneration((n) => n + 1)), []);
  useEffect(
    () =>
      onStorageChange((change) => {
        if (change.kind === 'champion') setGeneration((n) => n + 1);
      }),
    [],
  );

  useEffect(() => {
    let isCurrent = true;
    predictorClient
      .loadActiveModel()
      .then((model) => isCurrent && setState({ status: 'ready', model }))
      .catch(
        (error: unknown) =>
          isCurrent && setState({ status: 'failed', message: describeError(error) }),
      );
    return () => {
      isCurrent = false;
    };
  }, [generation]);

  return state;
}
