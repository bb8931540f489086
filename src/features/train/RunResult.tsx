import type { MemberCard } from '../../core/model/model-bundle';
import type { TrainOutcome } from '../../worker/ml/api';
import { CountBars } from '../../ui/CountBars';
import { MembersTable } from '../../ui/MembersTable';
import { formatCount, formatDuration, formatPrice } from '../../ui/format';
import { LossChart } from './LossChart';
import { MetricsTable } from './MetricsTable';
import { RegisterPanel } from './RegisterPanel';

const HEADINGS = { done: 'Done', cancelled: 'Cancelled', failed: 'Failed', running: 'Running' };

/** A finished run: how it ended, its TEST metrics, curves, importance, and registering it. */
export function RunResult({ outcome }: { outcome: TrainOutcome }) {
  const { run, rowsLeftOut, trials, members } = outcome;
  return (
    <section className="card" aria-live="polite">
      <p data-testid="train-status" data-state={run.status}>
        <strong>{HEADINGS[run.status]}</strong> · {run.preset} · {run.target} ·{' '}
        {formatDuration(run.durationMs)} on {run.backend}
        {rowsLeftOut > 0 && ` · ${formatCount(rowsLeftOut)} rows without a ${run.target} left out`}
      </p>
      {run.message && run.status !== 'done' && (
        <p className={run.status === 'failed' ? 'issue-text' : undefined} role="alert">
          {run.message}
        </p>
      )}
      {run.status === 'cancelled' && (
        <p>The partial run is kept in the runs table as cancelled; no model was kept.</p>
      )}
      {run.metrics && <MetricsTable metrics={run.metrics} />}
      {members.length > 0 && <MembersTable members={members} />}
      {run.curves.length > 0 && <LossChart series={[{ label: 'this run', points: run.curves }]} />}
      {trials.length > 0 && <p className="field-hint">{describeTrials(trials)}</p>}
      {run.importance && (
        <figure data-testid="run-importance">
          <figcaption>
            Permutation importance: how much the TEST RMSE grows when a feature is shuffled
          </figcaption>
          <CountBars
            bars={run.importance.map((entry) => ({
              label: entry.feature,
              count: Number(entry.increase.toFixed(2)),
            }))}
            unit={`RMSE increase (${formatPrice(run.metrics?.test.rmse ?? 0)} intact)`}
            isHorizontal
            height={40 + run.importance.length * 22}
          />
        </figure>
      )}
      {members
        .filter((member) => member.gainImportance && member.weight > 0)
        .map((member) => (
          <GainImportance key={member.label} member={member} />
        ))}
      {run.status === 'done' && <RegisterPanel runId={run.id} version={run.modelVersion} />}
    </section>
  );
}

/** "12 network trials (5 pruned) and 12 tree trials ran; …". */
function describeTrials(trials: TrainOutcome['trials']): string {
  const treeCount = trials.filter((trial) => trial.id.includes('-trees-')).length;
  const networks = trials.filter((trial) => !trial.id.includes('-trees-'));
  const pruned = networks.filter((trial) => trial.message?.startsWith('Pruned')).length;
  return (
    `${networks.length} network trials (${pruned} pruned) and ${treeCount} tree trials ran. ` +
    'The best of each on validation rows was kept, blended if that beat both, and scored on TEST.'
  );
}

/** A tree member's split gain per feature, as a share of its total gain. */
function GainImportance({ member }: { member: MemberCard }) {
  const gains = member.gainImportance ?? [];
  const total = gains.reduce((sum, entry) => sum + entry.gain, 0) || 1;
  return (
    <figure data-testid="gain-importance">
      <figcaption>
        Gain importance of {member.label}: share of the loss reduction its splits bring
      </figcaption>
      <CountBars
        bars={gains.map((entry) => ({
          label: entry.feature,
          count: Number(((100 * entry.gain) / total).toFixed(1)),
        }))}
        unit="% of split gain"
        isHorizontal
        height={40 + gains.length * 22}
      />
    </figure>
  );
}
