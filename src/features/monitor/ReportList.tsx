import { driftCoverage, type DriftReport } from '../../core/drift';
import type { MonitorReportRecord } from '../../worker/ml/api';
import { formatPercent } from '../../ui/format';
import { datasetState, type DriftState } from './drift-view';

const VERDICTS: Record<DriftState, string> = {
  drifted: 'yes',
  stable: 'no',
  'not-tested': 'not tested',
};

/** "25 % of 4 tested", plus how many inputs were not tested when some were not. */
function sharePhrase(drift: DriftReport): string {
  const { testedCount, inputCount } = driftCoverage(drift.features);
  const share = `${formatPercent(drift.driftShare * 100)} of ${testedCount} tested`;
  const untested = inputCount - testedCount;
  return untested > 0 ? `${share} (${untested} of ${inputCount} not tested)` : share;
}

interface Props {
  reports: readonly MonitorReportRecord[];
  shownId: string | null;
  onOpen: (record: MonitorReportRecord) => void;
}

/** Saved drift reports, newest first; opening one shows it above. */
export function ReportList({ reports, shownId, onOpen }: Props) {
  if (reports.length === 0) return <p className="field-hint">No saved drift reports yet.</p>;
  return (
    <table className="monitor-table">
      <thead>
        <tr>
          <th>When</th>
          <th>Batch</th>
          <th>Version</th>
          <th>Drifted features</th>
          <th>Dataset drift</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {reports.map((record) => {
          const { drift } = record.report;
          const state = datasetState(drift);
          return (
            <tr
              key={record.id}
              data-testid="drift-report-row"
              data-state={state}
              data-drifted={state === 'not-tested' ? undefined : String(drift.isDatasetDrift)}
              aria-current={record.id === shownId ? 'true' : undefined}
            >
              <td>{record.createdAt.slice(0, 19).replace('T', ' ')}</td>
              <td>{record.name}</td>
              <td>v{record.modelVersion}</td>
              <td>{sharePhrase(drift)}</td>
              <td>{VERDICTS[state]}</td>
              <td>
                <button type="button" className="link-button" onClick={() => onOpen(record)}>
                  Open
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
