import { DriftReportView } from './DriftReportView';
import { DriftUpload } from './DriftUpload';
import { LogDashboard } from './LogDashboard';
import { ReportList } from './ReportList';
import { RetrainPanel } from './RetrainPanel';
import { useDriftCheck } from './useDriftCheck';
import { useDriftReports } from './useDriftReports';
import { useRetrain } from './useRetrain';
import './monitor.css';

const HOUR_MS = 3_600_000;

/** `#/monitor`: the prediction log, drift of a batch or of logged inputs, and the retrain loop. */
export default function MonitorPage() {
  const drift = useDriftCheck();
  const reports = useDriftReports();
  const retrain = useRetrain();
  const shown = drift.state.status === 'done' ? drift.state : null;
  return (
    <div className="monitor-page">
      <LogDashboard />
      <DriftUpload
        state={drift.state}
        choices={drift.choices}
        onChoices={drift.setChoices}
        onFile={(file) => void drift.checkFile(file)}
        onLogWindow={(hours) => {
          const until = Date.now() + 1;
          void drift.checkLog(until - hours * HOUR_MS, until);
        }}
      />
      {shown && <DriftReportView record={shown.record} saveProblem={shown.saveProblem} />}
      {shown && <RetrainPanel file={drift.file} retrain={retrain} />}
      <section className="card">
        <h3>Saved drift reports</h3>
        {reports.error && <p className="issue-text">{reports.error}</p>}
        <ReportList
          reports={reports.data ?? []}
          shownId={shown?.record.id ?? null}
          onOpen={drift.open}
        />
      </section>
    </div>
  );
}
