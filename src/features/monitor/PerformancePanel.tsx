import type { PerformanceDriftResult } from '../../core/drift';
import { formatPercent, formatPrice } from '../../ui/format';

interface Props {
  performance: PerformanceDriftResult | null;
  target: string;
}

function change(value: number | null): string {
  if (value === null) return 'not comparable';
  return `${value >= 0 ? '+' : ''}${formatPercent(value)}`;
}

/** The batch's error against the version's holdout error, when the batch has actual prices. */
export function PerformancePanel({ performance, target }: Props) {
  if (!performance) {
    return (
      <p className="field-hint" data-testid="performance-drift" data-state="absent">
        The batch has no &quot;{target}&quot; column, so performance drift was not checked.
      </p>
    );
  }
  if (!performance.ok) {
    return (
      <p className="issue-text" data-testid="performance-drift" data-state="failed">
        {performance.message}
      </p>
    );
  }
  const { drift } = performance;
  return (
    <section
      className="card"
      data-testid="performance-drift"
      data-state="done"
      data-drifted={drift.isDrifted ? 'true' : 'false'}
      data-rmse={drift.batch.rmse}
      data-mape={drift.batch.mape}
    >
      <h3>
        Performance drift {drift.isDrifted ? '— worse than at training' : '— within threshold'}
      </h3>
      <table>
        <thead>
          <tr>
            <th>Metric</th>
            <th>Holdout (training)</th>
            <th>This batch</th>
            <th>Change</th>
          </tr>
        </thead>
        <tbody>
          <tr data-worse={drift.isRmseWorse ? 'true' : 'false'}>
            <td>RMSE</td>
            <td>{formatPrice(drift.reference.rmse)}</td>
            <td>{formatPrice(drift.batch.rmse)}</td>
            <td>{change(drift.rmseChangePercent)}</td>
          </tr>
          <tr data-worse={drift.isMapeWorse ? 'true' : 'false'}>
            <td>MAPE</td>
            <td>{formatPercent(drift.reference.mape)}</td>
            <td>{formatPercent(drift.batch.mape)}</td>
            <td>{change(drift.mapeChangePercent)}</td>
          </tr>
        </tbody>
      </table>
      <p className="field-hint">
        Flagged when worse by more than {formatPercent(drift.thresholdPercent)}.
        {drift.skippedRows > 0 &&
          ` ${drift.skippedRows} rows without a price or estimate were skipped.`}
      </p>
    </section>
  );
}
