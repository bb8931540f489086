import { useCallback, useState } from 'react';
import { describeError } from '../../lib/errors';
import type { DriftMethod } from '../../core/drift';
import { mlClient } from '../../worker/ml/client';
import type { DriftCheckOutcome, MonitorReportRecord } from '../../worker/ml/api';

/** Where a drift check is; `data-state` of `drift-status`. */
export type DriftCheckState =
  | { status: 'idle' }
  | { status: 'running'; label: string }
  | { status: 'done'; record: MonitorReportRecord; saveProblem: string | null }
  | { status: 'failed'; message: string };

/** How the person asked drift to be tested. */
export interface DriftChoices {
  method: DriftMethod;
  performanceThresholdPercent: number;
}

/**
 * Runs drift checks in the heavy worker (an uploaded batch, or the logged inputs of a window)
 * and keeps the batch file, so "Retrain with this data" can use it. Opening a saved report shows
 * it without a file.
 */
export function useDriftCheck() {
  const [state, setState] = useState<DriftCheckState>({ status: 'idle' });
  const [file, setFile] = useState<File | null>(null);
  const [choices, setChoices] = useState<DriftChoices>({
    method: 'auto',
    performanceThresholdPercent: 10,
  });

  const settle = useCallback((outcome: DriftCheckOutcome) => {
    if (outcome.ok)
      setState({ status: 'done', record: outcome.record, saveProblem: outcome.saveProblem });
    else setState({ status: 'failed', message: outcome.message });
  }, []);

  const checkFile = useCallback(
    async (next: File) => {
      setFile(null);
      setState({ status: 'running', label: `Checking "${next.name}"…` });
      try {
        const outcome = await mlClient.checkFileDrift({ file: next, ...choices });
        settle(outcome);
        if (outcome.ok) setFile(next);
      } catch (error) {
        setState({ status: 'failed', message: describeError(error) });
      }
    },
    [choices, settle],
  );

  const checkLog = useCallback(
    async (since: number, until: number) => {
      setFile(null);
      setState({ status: 'running', label: 'Checking the logged inputs…' });
      try {
        settle(await mlClient.checkLogDrift({ since, until, ...choices }));
      } catch (error) {
        setState({ status: 'failed', message: describeError(error) });
      }
    },
    [choices, settle],
  );

  const open = useCallback((record: MonitorReportRecord) => {
    setFile(null);
    setState({ status: 'done', record, saveProblem: null });
  }, []);

  return { state, file, choices, setChoices, checkFile, checkLog, open };
}
