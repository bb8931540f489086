import type { ActiveModel } from '../../worker/predictor/api';
import { formatPercent, formatPrice } from '../../ui/format';
import { EstimateDrivers } from './EstimateDrivers';
import type { EstimateState } from './useEstimate';

interface Props {
  model: ActiveModel;
  estimate: EstimateState;
}

/** The price (or why there is none), its interval, and the context to judge it by. */
export function EstimatePanel({ model, estimate }: Props) {
  const { target } = model.signature;
  const coverage = Math.round(model.interval.coverage * 100);
  return (
    <section className="estimate-panel" aria-live="polite">
      <h2>Estimated {target.name}</h2>
      <EstimateFigure estimate={estimate} coverage={coverage} />
      {estimate.status === 'done' && estimate.result.ok && (
        <EstimateDrivers drivers={estimate.result.drivers} signature={model.signature} />
      )}
      <dl className="estimate-context">
        <dt>Average {target.name} in training</dt>
        <dd data-testid="baseline-mean" data-value={target.mean}>
          {formatPrice(target.mean)}
        </dd>
        <dt>Typical error on held-out rows</dt>
        <dd>
          ±{formatPrice(model.card.test.mae)} ({formatPercent(model.card.test.mape)}); the average
          alone is off by ±{formatPrice(model.card.baseline.mae)}
        </dd>
        <dt>Model</dt>
        <dd data-testid="active-model" data-version={model.version}>
          version {model.version} · {model.name} · {model.backend}
        </dd>
      </dl>
      {model.note && (
        <p className="field-hint" data-testid="active-model-note">
          {model.note}
        </p>
      )}
    </section>
  );
}

function EstimateFigure({ estimate, coverage }: { estimate: EstimateState; coverage: number }) {
  if (estimate.status === 'pending') return <p className="estimate-waiting">Estimating…</p>;
  if (estimate.status === 'failed')
    return <p role="alert">The estimate failed: {estimate.message}</p>;
  const { result } = estimate;
  if (!result.ok) {
    return (
      <p className="estimate-blocked" data-testid="estimate-blocked" role="alert">
        {result.issues.some((issue) => issue.field === '')
          ? result.issues[0]?.message
          : 'Fix the highlighted fields to see a price.'}
      </p>
    );
  }
  return (
    <>
      <p className="estimate-value" data-testid="estimate-value" data-value={result.value}>
        {formatPrice(result.value)}
      </p>
      <p
        className="estimate-interval"
        data-testid="estimate-interval"
        data-low={result.low}
        data-high={result.high}
      >
        {coverage} % of similar items: {formatPrice(result.low)} to {formatPrice(result.high)}
      </p>
    </>
  );
}
