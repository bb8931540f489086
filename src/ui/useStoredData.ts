import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../lib/errors';
import { onStorageChange, type StorageChange } from '../storage/changes';

/**
 * Data read from IndexedDB by `read`, re-read when another tab, a worker or this page announces
 * a change of one of `kinds`, or when `reload` is called. `data` is null until the first read.
 */
export function useStoredData<T>(read: () => Promise<T>, kinds: readonly StorageChange['kind'][]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const readRef = useRef(read);
  useEffect(() => {
    readRef.current = read;
  }, [read]);
  const kindKey = kinds.join(',');

  const reload = useCallback(
    () =>
      readRef.current().then(
        (next) => {
          setData(next);
          setError(null);
        },
        (failure: unknown) => setError(describeError(failure)),
      ),
    [],
  );

  useEffect(() => {
    let isCurrent = true;
    readRef.current().then(
      (next) => isCurrent && setData(next),
      (failure: unknown) => isCurrent && setError(describeError(failure)),
    );
    const watched = new Set(kindKey.split(','));
    const stop = onStorageChange((change) => {
      if (watched.has(change.kind)) void reload();
    });
    return () => {
      isCurrent = false;
      stop();
    };
  }, [kindKey, reload]);

  return { data, error, reload };
}
