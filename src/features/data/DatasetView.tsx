import { useState } from 'react';
import type { ColumnType } from '../../core/data/column-typing';
import type { DatasetMeta } from '../../storage/datasets';
import { AlertList } from './AlertList';
import { ColumnChart } from './ColumnChart';
import { ColumnTable } from './ColumnTable';
import { CorrelationTable } from './CorrelationTable';
import { DatasetSummary } from './DatasetSummary';
import { FeatureTargetPanel } from './FeatureTargetPanel';
import { MissingPanel } from './MissingPanel';
import { TargetPanel } from './TargetPanel';

interface Props {
  dataset: DatasetMeta;
  isBusy: boolean;
  onType: (column: string, type: ColumnType) => void;
  onTarget: (target: string | null) => void;
}

/** Everything the EDA report says about one stored dataset version. */
export function DatasetView({ dataset, isBusy, onType, onTarget }: Props) {
  const [column, setColumn] = useState<string | null>(null);
  const { eda } = dataset;
  const shown = column ?? dataset.target;
  const profile =
    eda?.columns.find((candidate) => candidate.name === shown) ??
    eda?.columns.find((candidate) => candidate.type !== 'id') ??
    eda?.columns[0];
  return (
    <div className="data-view" data-testid="dataset-view" data-id={dataset.id}>
      <DatasetSummary dataset={dataset} isBusy={isBusy} onTarget={onTarget} />
      {!eda ? (
        <p>This dataset has no profile yet.</p>
      ) : (
        <>
          <AlertList alerts={eda.alerts} />
          <ColumnTable
            profiles={eda.columns}
            selected={profile?.name ?? null}
            isBusy={isBusy}
            onSelect={setColumn}
            onType={onType}
          />
          {profile && <ColumnChart profile={profile} />}
          {eda.target && <TargetPanel target={eda.target} />}
          {eda.target && (
            <FeatureTargetPanel
              target={eda.target.name}
              associations={eda.associations}
              views={eda.featureViews}
            />
          )}
          <CorrelationTable matrix={eda.correlations} />
          <MissingPanel missing={eda.missing} rowCount={eda.rowCount} />
        </>
      )}
    </div>
  );
}
