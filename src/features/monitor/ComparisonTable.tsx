import type { ComparisonResult } from '../../worker/ml/api';
import { formatPercent, formatPrice } from '../../ui/format';

/** Challenger vs champion on the batch's TEST rows. */
export function ComparisonTable({
  result,
  isPromoted,
}: {
  result: ComparisonResult;
  isPromoted: boolean;
}) {
  if (!result.ok) return <p className="issue-text">Not compared: {result.message}</p>;
  const { challenger, champion, rows, isChallengerBetter } = result.comparison;
  return (
    <table
      className="monitor-table"
      data-testid="retrain-comparison"
      data-rows={rows}
      data-challenger-rmse={challenger.rmse}
      data-champion-rmse={champion.rmse}
      data-challenger-better={isChallengerBetter ? 'true' : 'false'}
    >
      <caption>
        On {rows} TEST rows of the batch: the challenger is{' '}
        {isChallengerBetter ? 'better' : 'not better'}.
      </caption>
      <thead>
        <tr>
          <th>Version</th>
          <th>RMSE</th>
          <th>MAE</th>
          <th>MAPE</th>
          <th>R²</th>
        </tr>
      </thead>
      <tbody>
        {[
          ['challenger', challenger],
          [isPromoted ? 'previous champion' : 'champion', champion],
        ].map(([label, metrics]) => {
          const m = metrics as typeof challenger;
          return (
            <tr key={label as string}>
              <td>
                v{m.version} ({label as string})
              </td>
              <td>{formatPrice(m.rmse)}</td>
              <td>{formatPrice(m.mae)}</td>
              <td>{formatPercent(m.mape)}</td>
              <td>{m.r2.toFixed(3)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
