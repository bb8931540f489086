import { driftCoverage } from '../../core/drift';
import type { MonitorReportRecord } from '../../worker/ml/api';
import { DriftColumn } from './DriftColumn';
import { coverageSentences, datasetHeadline, datasetState, shareSentence } from './drift-view';
import { PerformancePanel } from './PerformancePanel';

interface Props {
  record: MonitorReportRecord;
  saveProblem: string | null;
}

/**
 * A drift report: dataset verdict (over the tested inputs, saying how many were not tested),
 * warnings, performance, then every column with its chart.
 */
export function DriftReportView({ record, saveProblem }: Props) {
  const { drift, performance, target, extraColumns } = record.report;
  const state = datasetState(drift);
  const coverage = driftCoverage(drift.features);
  const untested = coverageSentences(coverage);
  return (
    <section className="drift-report" data-testid="drift-report" data-report-id={record.id}>
      <div
        className="card"
        data-testid="dataset-drift"
        data-state={state}
        data-value={drift.driftShare}
        data-drifted={state === 'not-tested' ? undefined : String(drift.isDatasetDrift)}
        data-tested={coverage.testedCount}
        data-inputs={coverage.inputCount}
      >
        <h3>{datasetHeadline(drift)}</h3>
        <p>
          {shareSentence(drift)} {drift.currentRows} batch rows against {drift.referenceRows}{' '}
          training rows of version {record.modelVersion}.
        </p>
        {untested.length > 0 && (
          <p
            className="issue-text"
            data-testid="drift-untested"
            data-missing={coverage.missing.length}
            data-untestable={coverage.untestable.length}
          >
            {untested.join(' ')} The share above counts tested features only.
          </p>
        )}
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
