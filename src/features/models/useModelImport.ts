import { useCallback, useState } from 'react';
import { describeError } from '../../lib/errors';
import { mlClient } from '../../worker/ml/client';

/** Where an import stands; `message` says what was registered or why the file was refused. */
export type ImportState =
  | { status: 'idle' }
  | { status: 'running'; fileName: string }
  | { status: 'done' | 'failed'; message: string };

/** Imports a model file through the heavy worker (it checks and registers it), then `onDone`. */
export function useModelImport(onDone: () => void) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const importFile = useCallback(
    async (file: File) => {
      setState({ status: 'running', fileName: file.name });
      try {
        const outcome = await mlClient.importModel(file);
        setState(
          outcome.ok
            ? {
                status: 'done',
                message: `Imported "${file.name}" as version ${outcome.version.version}. Promote it to serve estimates.`,
              }
            : { status: 'failed', message: outcome.message },
        );
      } catch (failure) {
        setState({ status: 'failed', message: describeError(failure) });
      }
      onDone();
    },
    [onDone],
  );
  return { state, importFile };
}
