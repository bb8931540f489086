import type { FeatureDrift } from '../../core/drift';
import { formatPercent } from '../../ui/format';
import { DriftChart } from './DriftChart';
import { featureState, testLabel, verdictOf, type DriftState } from './drift-view';

const BADGES: Record<DriftState, string> = {
  drifted: 'drifted',
  stable: 'stable',
  'not-tested': 'not tested',
};

interface Props {
  feature: FeatureDrift;
  /** `drift-column-<name>` for features; the target gets its own id. */
  testId: string;
  /** Said beside the name, such as that the target is not counted in the dataset's share. */
  note?: string;
}

/**
 * One column's test, verdict, missing shares and reference-vs-batch chart. An untested column is
 * badged "not tested" and has no `data-drifted`: it was not found stable.
 */
export function DriftColumn({ feature, testId, note }: Props) {
  const missing = feature.currentMissingShare;
  const state = featureState(feature);
  return (
    <article
      className="card drift-column"
      data-testid={testId}
      data-state={state}
      data-drifted={state === 'not-tested' ? undefined : String(feature.isDrifted)}
      data-status={feature.status}
      data-test={feature.test ?? ''}
      data-statistic={feature.statistic ?? ''}
      data-p-value={feature.pValue ?? ''}
    >
      <h3>
        {feature.name}
        {note && ` (${note})`} <span className="drift-flag">{BADGES[state]}</span>
      </h3>
      <p>
        {testLabel(feature.test)}: {verdictOf(feature)}
      </p>
      <p className="field-hint">
        Missing: {formatPercent(feature.referenceMissingShare * 100)} in training,{' '}
        {missing === null ? '–' : formatPercent(missing * 100)} in the batch.
        {feature.unseen && feature.unseen.rows > 0 && (
          <>
            {' '}
            {feature.unseen.rows} rows hold levels{' '}
            {feature.unseen.isCertain
              ? 'never seen in training'
              : 'outside the top training levels'}
            :{' '}
            {feature.unseen.levels
              .slice(0, 5)
              .map((level) => level.level)
              .join(', ')}
            .
          </>
        )}
      </p>
      {feature.status === 'tested' && feature.bars.length > 0 && <DriftChart bars={feature.bars} />}
    </article>
  );
}
