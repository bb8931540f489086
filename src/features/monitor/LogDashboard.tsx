import { DEFAULT_MAX_PREDICTIONS } from '../../storage/prediction-log';
import { CountBars } from '../../ui/CountBars';
import { formatCount, formatNumber } from '../../ui/format';
import { latencyFigures, predictionLogCsv, volumeOverTime } from './monitor-view';
import { PredictedPriceChart } from './PredictedPriceChart';
import { priceComparison } from './price-comparison';
import { SHOWN_PREDICTIONS, useMonitorLog } from './useMonitorLog';

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The prediction log: volume over time, latency, one version's predicted prices against its
 * training target, export.
 */
export function LogDashboard() {
  const { data, error, version, setVersion } = useMonitorLog();
  if (error) return <p className="issue-text">The prediction log could not be read: {error}</p>;
  if (!data) return <p className="page-status">Reading the prediction log…</p>;
  const latency = latencyFigures(data.predictions);
  const comparison =
    data.chartVersion === null ? null : priceComparison(data, data.chartVersion, data.target);
  return (
    <section className="card" data-testid="monitor-log" data-estimates={data.predictions.length}>
      <h3>Prediction log</h3>
      <div className="monitor-options">
        <label className="inline-field">
          Model version
          <select
            data-testid="monitor-version"
            value={version ?? ''}
            onChange={(event) =>
              setVersion(event.target.value === '' ? null : Number(event.target.value))
            }
          >
            <option value="">All versions</option>
            {data.versions.map((v) => (
              <option key={v} value={v}>
                v{v}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          data-testid="log-export"
          disabled={data.predictions.length + data.bulkRuns.length === 0}
          onClick={() =>
            download(predictionLogCsv(data.predictions, data.bulkRuns), 'estimo-prediction-log.csv')
          }
        >
          Export CSV
        </button>
      </div>
      <dl className="monitor-figures">
        <div>
          <dt>Estimates</dt>
          <dd data-testid="log-estimates" data-value={data.predictions.length}>
            {formatCount(data.predictions.length)}
          </dd>
        </div>
        <div>
          <dt>Bulk runs</dt>
          <dd data-testid="log-bulk-runs" data-value={data.bulkRuns.length}>
            {formatCount(data.bulkRuns.length)}
          </dd>
        </div>
        <div>
          <dt>Latency p50 / p95</dt>
          <dd data-testid="log-latency" data-p50={latency?.p50 ?? ''} data-p95={latency?.p95 ?? ''}>
            {latency ? `${formatNumber(latency.p50)} / ${formatNumber(latency.p95)} ms` : '–'}
          </dd>
        </div>
      </dl>
      <p className="field-hint">
        The log keeps the newest {formatCount(DEFAULT_MAX_PREDICTIONS)} estimates and drops the
        oldest first; this page reads the newest {formatCount(SHOWN_PREDICTIONS)}.
      </p>
      {data.predictions.length > 0 && (
        <figure data-testid="log-volume-chart">
          <figcaption>Estimates over time (UTC)</figcaption>
          <CountBars
            bars={volumeOverTime(data.predictions.map((record) => record.at))}
            unit="estimates"
            height={160}
          />
        </figure>
      )}
      {comparison && data.target && comparison.bars.length > 0 && (
        <PredictedPriceChart
          comparison={comparison}
          targetName={data.target.name}
          isChampion={comparison.version === data.championVersion}
        />
      )}
    </section>
  );
}
