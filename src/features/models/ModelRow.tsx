import { useState } from 'react';
import type { ModelSummary } from '../../storage/model-types';
import { formatPercent } from '../../ui/format';
import { MembersTable } from '../../ui/MembersTable';
import { FeatureList } from './FeatureList';
import { VersionActions, type RowActions } from './VersionActions';
import { describeLineage, describeSource, formatMetric, formatWhen, rawValue } from './model-view';

export type { RowActions };

interface Props {
  summary: ModelSummary;
  datasetIds: ReadonlySet<string>;
  actions: RowActions;
}

const COLUMN_COUNT = 11;

function MetricCell({ value, kind }: { value: unknown; kind: 'price' | 'percent' | 'ratio' }) {
  return <td data-value={rawValue(value)}>{formatMetric(value, kind)}</td>;
}

/** How often the version's estimate interval held the TEST price (nothing when unmeasured). */
function IntervalCoverageNote({ summary }: { summary: ModelSummary }) {
  const covered = summary.card?.intervalCoverageOnTest;
  if (!Number.isFinite(covered)) return null;
  return (
    <p data-testid="model-interval-coverage" data-value={covered}>
      Its {formatPercent(100 * summary.interval.coverage)} interval held{' '}
      {formatPercent(100 * covered)} of the TEST prices.
    </p>
  );
}

/** One version: lineage, TEST metrics, and what can be done with it. */
export function ModelRow({ summary, datasetIds, actions }: Props) {
  const [isShowingFeatures, setIsShowingFeatures] = useState(false);
  const { version, isChampion } = summary;
  const lineage = describeLineage(summary, datasetIds);
  const test = summary.card?.test;
  return (
    <>
      <tr
        data-testid="model-row"
        data-version={version}
        data-champion={isChampion ? 'true' : undefined}
        aria-current={isChampion || undefined}
      >
        <th scope="row">
          v{version}
          {isChampion && <span className="champion-badge">champion</span>}
        </th>
        <td className="models-text">{summary.name}</td>
        <td className="models-text">{describeSource(summary.source)}</td>
        <td className="models-text">
          {lineage.dataset}
          {lineage.detail && <span className="field-hint models-detail">{lineage.detail}</span>}
        </td>
        <td className="models-text">{formatWhen(summary.createdAt)}</td>
        <MetricCell value={test?.rmse} kind="price" />
        <MetricCell value={test?.mae} kind="price" />
        <MetricCell value={test?.mape} kind="percent" />
        <MetricCell value={test?.r2} kind="ratio" />
        <MetricCell value={summary.card?.baseline?.rmse} kind="price" />
        <td>
          <VersionActions
            version={version}
            isChampion={isChampion}
            isShowingFeatures={isShowingFeatures}
            onToggleFeatures={() => setIsShowingFeatures((isShowing) => !isShowing)}
            actions={actions}
          />
        </td>
      </tr>
      {isShowingFeatures && (
        <tr className="models-features">
          <td colSpan={COLUMN_COUNT}>
            <FeatureList signature={summary.signature} />
            <IntervalCoverageNote summary={summary} />
            {summary.card?.members && <MembersTable members={summary.card.members} />}
          </td>
        </tr>
      )}
    </>
  );
}
