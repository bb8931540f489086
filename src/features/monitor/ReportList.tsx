import type { MonitorReportRecord } from '../../worker/ml/api';
import { formatPercent } from '../../ui/format';

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
        {reports.map((record) => (
          <tr
            key={record.id}
            data-testid="drift-report-row"
            data-drifted={record.report.drift.isDatasetDrift ? 'true' : 'false'}
            aria-current={record.id === shownId ? 'true' : undefined}
          >
            <td>{record.createdAt.slice(0, 19).replace('T', ' ')}</td>
            <td>{record.name}</td>
            <td>v{record.modelVersion}</td>
            <td>{formatPercent(record.report.drift.driftShare * 100)}</td>
            <td>{record.report.drift.isDatasetDrift ? 'yes' : 'no'}</td>
            <td>
              <button type="button" className="link-button" onClick={() => onOpen(record)}>
                Open
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
