import { formatPercent } from '../../ui/format';
import type { MonitorReportRecord } from '../../worker/ml/api';
import { DriftColumn } from './DriftColumn';
import { PerformancePanel } from './PerformancePanel';

interface Props {
  record: MonitorReportRecord;
  saveProblem: string | null;
}

/** A drift report: dataset verdict, warnings, performance, then every column with its chart. */
export function DriftReportView({ record, saveProblem }: Props) {
  const { drift, performance, target, extraColumns } = record.report;
  return (
    <section className="drift-report" data-testid="drift-report" data-report-id={record.id}>
      <div
        className="card"
        data-testid="dataset-drift"
        data-value={drift.driftShare}
        data-drifted={drift.isDatasetDrift ? 'true' : 'false'}
      >
        <h3>{drift.isDatasetDrift ? 'Dataset drift detected' : 'No dataset drift'}</h3>
        <p>
          {drift.driftedCount} of {drift.testedCount} features drifted (
          {formatPercent(drift.driftShare * 100)}; dataset drift from{' '}
          {formatPercent(drift.driftShareThreshold * 100)}). {drift.currentRows} batch rows against{' '}
          {drift.referenceRows} training rows of version {record.modelVersion}.
        </p>
        {saveProblem && <p className="issue-text">{saveProblem}</p>}
        {extraColumns.length > 0 && (
          <p className="field-hint">Not read by the model, ignored: {extraColumns.join(', ')}.</p>
        )}
        {drift.warnings.length > 0 && (
          <ul data-testid="drift-warnings">
            {drift.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
      </div>
      <PerformancePanel performance={performance} target={target} />
      <div className="drift-columns">
        {drift.features.map((feature) => (
          <DriftColumn
            key={feature.name}
            feature={feature}
            testId={`drift-column-${feature.name}`}
          />
        ))}
        {drift.target && (
          <DriftColumn feature={drift.target} testId="drift-target" note="target, not counted" />
        )}
      </div>
    </section>
  );
}
