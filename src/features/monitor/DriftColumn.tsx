import type { FeatureDrift } from '../../core/drift';
import { formatPercent } from '../../ui/format';
import { DriftChart } from './DriftChart';
import { testLabel, verdictOf } from './drift-view';

interface Props {
  feature: FeatureDrift;
  /** `drift-column-<name>` for features; the target gets its own id. */
  testId: string;
  /** Said beside the name, such as that the target is not counted in the dataset's share. */
  note?: string;
}

/** One column's test, verdict, missing shares and reference-vs-batch chart. */
export function DriftColumn({ feature, testId, note }: Props) {
  const missing = feature.currentMissingShare;
  return (
    <article
      className="card drift-column"
      data-testid={testId}
      data-drifted={feature.isDrifted ? 'true' : 'false'}
      data-status={feature.status}
      data-test={feature.test ?? ''}
      data-statistic={feature.statistic ?? ''}
      data-p-value={feature.pValue ?? ''}
    >
      <h3>
        {feature.name}
        {note && ` (${note})`}{' '}
        <span className="drift-flag">{feature.isDrifted ? 'drifted' : 'stable'}</span>
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
