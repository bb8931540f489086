import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../core/bulk/column-matching';
import { describeError } from '../../lib/errors';
import type {
  BulkProgress,
  BulkResult,
  BulkSummary,
  FileInspection,
  OutputTarget,
} from '../../worker/ml/api';
import { mlClient } from '../../worker/ml/client';
import { estimatesFileName, pickSaveTarget } from './save-target';

/** Where the person wants the output: a download at the end, or a file written as scored. */
export type OutputMode = 'download' | 'file';

export type BulkRunState =
  | { status: 'idle' }
  | { status: 'running'; fileName: string; progress: BulkProgress | null }
  | {
      status: 'done';
      fileName: string;
      summary: BulkSummary;
      download: { url: string; name: string; bytes: number } | null;
      savedAs: string | null;
      /** Why the run is missing from the log (or what the log dropped), if anything. */
      logMessage: string | null;
    }
  | { status: 'failed'; fileName: string; message: string }
  | { status: 'cancelled'; fileName: string; rowsDone: number };

function stateFromResult(
  result: BulkResult,
  fileName: string,
  savedAs: string | null,
): BulkRunState {
  if (result.status === 'cancelled')
    return { status: 'cancelled', fileName, rowsDone: result.rowsDone };
  if (result.status === 'failed') return { status: 'failed', fileName, message: result.message };
  const download = result.output
    ? {
        url: URL.createObjectURL(result.output),
        name: result.outputName,
        bytes: result.outputBytes,
      }
    : null;
  const logMessage = result.logMessage ?? null;
  return { status: 'done', fileName, summary: result.summary, download, savedAs, logMessage };
}

interface RunArgs {
  file: File;
  inspection: FileInspection;
  mapping: ColumnMapping;
  output: OutputTarget;
}

/** Runs one file in the heavy worker and turns every ending (even a thrown one) into a state. */
async function runBulk(
  { file, inspection, mapping, output }: RunArgs,
  signal: AbortSignal,
  onProgress: (progress: BulkProgress) => void,
): Promise<BulkRunState> {
  const savedAs = output.kind === 'file' ? output.handle.name : null;
  try {
    const request = { runId: crypto.randomUUID(), file, sheet: inspection.sheet, mapping, output };
    const result = await mlClient.scoreFile(request, onProgress, signal);
    return stateFromResult(result, file.name, savedAs);
  } catch (error) {
    return signal.aborted
      ? { status: 'cancelled', fileName: file.name, rowsDone: 0 }
      : { status: 'failed', fileName: file.name, message: describeError(error) };
  }
}

/** A bulk run in the heavy worker: start, progress, cancel (AbortController), result. */
export function useBulkRun() {
  const [state, setState] = useState<BulkRunState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const downloadUrl = useRef<string | null>(null);

  useEffect(
    () => () => {
      controller.current?.abort();
      if (downloadUrl.current) URL.revokeObjectURL(downloadUrl.current);
    },
    [],
  );

  const start = useCallback(
    async (file: File, inspection: FileInspection, mapping: ColumnMapping, mode: OutputMode) => {
      const { format } = inspection;
      const output =
        mode === 'file'
          ? await pickSaveTarget(estimatesFileName(file.name, format), format)
          : ({ kind: 'download' } as const);
      if (!output || controller.current) return;
      if (downloadUrl.current) URL.revokeObjectURL(downloadUrl.current);
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: 'running', fileName: file.name, progress: null });
      const next = await runBulk({ file, inspection, mapping, output }, abort.signal, (progress) =>
        setState((current) => (current.status === 'running' ? { ...current, progress } : current)),
      );
      controller.current = null;
      downloadUrl.current = next.status === 'done' ? (next.download?.url ?? null) : null;
      setState(next);
    },
    [],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, start, cancel };
}
