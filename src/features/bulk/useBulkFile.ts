import { useCallback, useRef, useState } from 'react';
import type { ColumnMapping } from '../../core/bulk/column-matching';
import { describeError } from '../../lib/errors';
import type { FileInspection } from '../../worker/ml/api';
import { mlClient } from '../../worker/ml/client';

export type BulkFileState =
  | { status: 'empty' }
  | { status: 'inspecting'; file: File }
  | { status: 'ready'; file: File; inspection: FileInspection; mapping: ColumnMapping }
  | { status: 'refused'; file: File; message: string };

/** The dropped file: inspected in the heavy worker, with a column mapping the person can fix. */
export function useBulkFile() {
  const [state, setState] = useState<BulkFileState>({ status: 'empty' });
  const latest = useRef(0);

  const inspect = useCallback((file: File, sheet: string | null) => {
    const request = ++latest.current;
    setState({ status: 'inspecting', file });
    mlClient
      .inspectFile(file, sheet)
      .then((result) => {
        if (request !== latest.current) return;
        setState(
          result.ok
            ? {
                status: 'ready',
                file,
                inspection: result.inspection,
                mapping: result.inspection.mapping,
              }
            : { status: 'refused', file, message: result.message },
        );
      })
      .catch((error: unknown) => {
        if (request === latest.current)
          setState({ status: 'refused', file, message: describeError(error) });
      });
  }, []);

  const pickFile = useCallback((file: File) => inspect(file, null), [inspect]);

  const chooseSheet = useCallback(
    (sheet: string) => {
      if (state.status === 'ready') inspect(state.file, sheet);
    },
    [inspect, state],
  );

  const mapInput = useCallback((input: string, column: number | null) => {
    setState((current) =>
      current.status === 'ready'
        ? { ...current, mapping: { ...current.mapping, [input]: column } }
        : current,
    );
  }, []);

  return { state, pickFile, chooseSheet, mapInput };
}
