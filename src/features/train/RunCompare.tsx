import type { RunRecord } from '../../storage/runs';
import { formatDuration, formatNumber, formatPercent, formatPrice } from '../../ui/format';
import { LossChart } from './LossChart';

const ROWS: { label: string; value: (run: RunRecord) => string }[] = [
  { label: 'Dataset', value: (run) => run.datasetName },
  { label: 'Preset · seed', value: (run) => `${run.preset} · ${run.seed}` },
  { label: 'Features', value: (run) => String(run.features.length) },
  { label: 'TEST RMSE', value: (run) => (run.metrics ? formatPrice(run.metrics.test.rmse) : '–') },
  { label: 'TEST MAE', value: (run) => (run.metrics ? formatPrice(run.metrics.test.mae) : '–') },
  {
    label: 'TEST MAPE',
    value: (run) => (run.metrics ? formatPercent(run.metrics.test.mape) : '–'),
  },
  { label: 'TEST R²', value: (run) => (run.metrics ? formatNumber(run.metrics.test.r2) : '–') },
  {
    label: 'Baseline RMSE',
    value: (run) => (run.metrics ? formatPrice(run.metrics.baseline.rmse) : '–'),
  },
  { label: 'Epochs', value: (run) => String(run.curves.length) },
  { label: 'Time', value: (run) => formatDuration(run.durationMs) },
];

/** 2–5 runs side by side: metrics in a table, validation curves overlaid. */
export function RunCompare({ runs }: { runs: readonly RunRecord[] }) {
  return (
    <section className="card train-scroll" data-testid="run-compare">
      <h3>Comparing {runs.length} runs</h3>
      <table className="figures-table train-table">
        <thead>
          <tr>
            <th />
            {runs.map((run, i) => (
              <th key={run.id}>Run {i + 1}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {runs.map((run) => (
                <td key={run.id}>{row.value(run)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <LossChart
        series={runs.map((run, i) => ({ label: `Run ${i + 1} validation`, points: run.curves }))}
      />
    </section>
  );
}
