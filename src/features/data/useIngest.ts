import { useCallback, useEffect, useRef, useState } from 'react';
import type { Delimiter } from '../../core/data/ingest';
import { describeError } from '../../lib/errors';
import type { DatasetMeta, IngestProgressEvent } from '../../worker/ml/api';
import { mlClient } from '../../worker/ml/client';

/** An upload, from the page's side; `ingest-status` shows `status` as its `data-state`. */
export type IngestState =
  | { status: 'idle' }
  | { status: 'running'; fileName: string; sizeBytes: number; progress: IngestProgressEvent | null }
  | { status: 'done'; fileName: string; dataset: DatasetMeta; isNew: boolean; elapsedMs: number }
  | { status: 'failed'; fileName: string; message: string }
  | { status: 'cancelled'; fileName: string };

/**
 * Runs one upload at a time in the heavy worker: start, progress, cancel. `onStored` is told
 * the dataset once it is stored, so the page can select it. Leaving the page does not cancel:
 * the worker finishes and stores the dataset, which the list shows on return.
 */
export function useIngest(onStored: (dataset: DatasetMeta) => void) {
  const [state, setState] = useState<IngestState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const onStoredRef = useRef(onStored);
  useEffect(() => {
    onStoredRef.current = onStored;
  }, [onStored]);

  const start = useCallback(async (file: File, delimiter?: Delimiter) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const fileName = file.name;
    setState({ status: 'running', fileName, sizeBytes: file.size, progress: null });
    const runId = crypto.randomUUID();
    const onProgress = (progress: IngestProgressEvent) => {
      if (!abort.signal.aborted) {
        setState((now) => (now.status === 'running' ? { ...now, progress } : now));
      }
    };
    try {
      const outcome = await mlClient.ingestDataset(
        { runId, file, delimiter },
        onProgress,
        abort.signal,
      );
      if (outcome.status === 'done') {
        const elapsedMs = outcome.timings.totalMs;
        setState({
          status: 'done',
          fileName,
          dataset: outcome.dataset,
          isNew: outcome.isNew,
          elapsedMs,
        });
        onStoredRef.current(outcome.dataset);
      } else if (outcome.status === 'failed') {
        setState({ status: 'failed', fileName, message: outcome.message });
      } else {
        setState({ status: 'cancelled', fileName });
      }
    } catch (error) {
      if (abort.signal.aborted) setState({ status: 'cancelled', fileName });
      else setState({ status: 'failed', fileName, message: describeError(error) });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
