import { useState } from 'react';
import { describeError } from '../../lib/errors';
import type { PromotePolicy, RegisterOutcome } from '../../worker/ml/api';
import { mlClient } from '../../worker/ml/client';
import { formatPrice } from '../../ui/format';

const POLICIES: { value: PromotePolicy; label: string }[] = [
  { value: 'if-better', label: 'promote if its RMSE beats the champion on these rows' },
  { value: 'never', label: 'keep the current champion' },
  { value: 'always', label: 'promote it' },
];

function Outcome({ outcome }: { outcome: RegisterOutcome }) {
  if (!outcome.ok)
    return (
      <p className="issue-text" role="alert">
        {outcome.message}
      </p>
    );
  const { version, comparison, isPromoted } = outcome;
  return (
    <div data-testid="register-outcome" data-version={version.version} data-promoted={isPromoted}>
      <p>
        Registered as <strong>version {version.version}</strong>
        {isPromoted ? ', now the champion: estimates use it in every open tab.' : '.'}{' '}
        <a href="#/models">See the models</a>
      </p>
      {comparison && !comparison.ok && <p className="field-hint">{comparison.message}</p>}
      {comparison?.ok && (
        <p className="field-hint">
          On the {comparison.comparison.rows.toLocaleString('en-US')} TEST rows of{' '}
          {comparison.comparison.datasetName}: this model RMSE{' '}
          {formatPrice(comparison.comparison.challenger.rmse)}, champion (version{' '}
          {comparison.comparison.champion.version}) RMSE{' '}
          {formatPrice(comparison.comparison.champion.rmse)}.
        </p>
      )}
    </div>
  );
}

/** Register a finished run as a model version, promoting it as the person chooses. */
export function RegisterPanel({ runId, version }: { runId: string; version: number | null }) {
  const [policy, setPolicy] = useState<PromotePolicy>('if-better');
  const [isBusy, setIsBusy] = useState(false);
  const [outcome, setOutcome] = useState<RegisterOutcome | null>(null);
  if (version !== null && !outcome) return <p>Registered as version {version}.</p>;
  const register = async () => {
    setIsBusy(true);
    try {
      setOutcome(await mlClient.registerRun(runId, policy));
    } catch (error) {
      setOutcome({ ok: false, message: describeError(error) });
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <div className="register-panel">
      {!outcome?.ok && (
        <>
          <label className="field inline-field">
            <span>Then</span>
            <select
              data-testid="register-policy"
              value={policy}
              onChange={(e) => setPolicy(e.target.value as PromotePolicy)}
            >
              {POLICIES.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-testid="register-model" disabled={isBusy} onClick={register}>
            {isBusy ? 'Registering…' : 'Register this model'}
          </button>
        </>
      )}
      {outcome && <Outcome outcome={outcome} />}
    </div>
  );
}
