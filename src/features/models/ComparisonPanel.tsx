import type { ChampionComparison, VersionMetrics } from '../../worker/ml/api';
import { formatCount } from '../../ui/format';
import { formatMetric, rawValue } from './model-view';
import type { ComparisonState } from './useComparison';

interface Props {
  state: Exclude<ComparisonState, { status: 'idle' }>;
  onClose: () => void;
}

const METRICS: { key: keyof VersionMetrics; label: string; kind: 'price' | 'percent' | 'ratio' }[] =
  [
    { key: 'rmse', label: 'RMSE', kind: 'price' },
    { key: 'mae', label: 'MAE', kind: 'price' },
    { key: 'mape', label: 'MAPE', kind: 'percent' },
    { key: 'r2', label: 'R²', kind: 'ratio' },
  ];

function ComparisonTable({ comparison }: { comparison: ChampionComparison }) {
  const { champion, challenger } = comparison;
  return (
    <>
      <p>
        On the same {formatCount(comparison.rows)} TEST rows of “{comparison.datasetName}”
        {comparison.rowsUnpriced > 0 &&
          ` (${formatCount(comparison.rowsUnpriced)} rows left out: a model could not price them)`}
      </p>
      <table className="figures-table models-table">
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Champion v{champion.version}</th>
            <th scope="col">Challenger v{challenger.version}</th>
          </tr>
        </thead>
        <tbody>
          {METRICS.map(({ key, label, kind }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td data-testid={`champion-${key}`} data-value={rawValue(champion[key])}>
                {formatMetric(champion[key], kind)}
              </td>
              <td data-testid={`challenger-${key}`} data-value={rawValue(challenger[key])}>
                {formatMetric(challenger[key], kind)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** A challenger beside the champion on the same rows, or why they cannot be compared. */
export function ComparisonPanel({ state, onClose }: Props) {
  const result = state.status === 'done' ? state.result : null;
  return (
    <section
      className="card"
      data-testid="comparison"
      data-state={result ? (result.ok ? 'done' : 'failed') : 'running'}
    >
      <h3>Version {state.version} against the champion</h3>
      {!result && <p>Scoring both models on the same TEST rows…</p>}
      {result && !result.ok && (
        <p className="issue-text" role="alert">
          {result.message}
        </p>
      )}
      {result?.ok && (
        <>
          <ComparisonTable comparison={result.comparison} />
          <p
            data-testid="comparison-verdict"
            data-better={String(result.comparison.isChallengerBetter)}
          >
            {result.comparison.isChallengerBetter
              ? `Version ${state.version} has the lower RMSE on these rows.`
              : `Version ${state.version} does not beat the champion's RMSE on these rows.`}
          </p>
        </>
      )}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
