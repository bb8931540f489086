import type { RunRecord } from '../../storage/runs';
import { formatNumber, formatPercent, formatPrice } from '../../ui/format';

/**
 * TEST metrics in the target's units beside the predict-the-mean baseline (`metric-*` ids), and
 * the share of TEST prices inside the estimate interval (runs stored before it was kept lack it).
 */
export function MetricsTable({ metrics }: { metrics: NonNullable<RunRecord['metrics']> }) {
  const { test, baseline, interval } = metrics;
  const rows = [
    { id: 'rmse', label: 'RMSE', value: test.rmse, base: baseline.rmse, show: formatPrice },
    { id: 'mae', label: 'MAE', value: test.mae, base: baseline.mae, show: formatPrice },
    { id: 'mape', label: 'MAPE', value: test.mape, base: baseline.mape, show: formatPercent },
    { id: 'r2', label: 'R²', value: test.r2, base: baseline.r2, show: formatNumber },
  ];
  return (
    <table className="figures-table train-table">
      <caption>On the TEST rows (every 5th row, never used in training)</caption>
      <thead>
        <tr>
          <th />
          <th>This model</th>
          <th>Predict the mean</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <td data-testid={`metric-test-${row.id}`} data-value={row.value}>
              {row.show(row.value)}
            </td>
            <td
              data-testid={row.id === 'rmse' ? 'metric-baseline-rmse' : undefined}
              data-value={row.base}
            >
              {row.show(row.base)}
            </td>
          </tr>
        ))}
        {interval && (
          <tr>
            <th scope="row">Inside the {formatPercent(100 * interval.coverage)} interval</th>
            <td
              data-testid="metric-test-interval-coverage"
              data-value={interval.coveredOnTest}
              title="Share of TEST prices inside the interval the estimate shows"
            >
              {Number.isFinite(interval.coveredOnTest)
                ? formatPercent(100 * interval.coveredOnTest)
                : '–'}
            </td>
            <td>–</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
