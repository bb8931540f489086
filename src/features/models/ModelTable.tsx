import type { ModelSummary } from '../../storage/model-types';
import { ModelRow, type RowActions } from './ModelRow';

interface Props {
  versions: ModelSummary[];
  datasetIds: ReadonlySet<string>;
  actions: RowActions;
}

/** Every registered version, newest first, with its TEST metrics beside the baseline. */
export function ModelTable({ versions, datasetIds, actions }: Props) {
  if (versions.length === 0) {
    return <p className="card">No model version is stored yet.</p>;
  }
  return (
    <section className="card models-scroll">
      <table className="figures-table models-table">
        <caption>Registered versions (metrics on each version's own TEST rows)</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Name</th>
            <th scope="col">Source</th>
            <th scope="col">Trained on</th>
            <th scope="col">Created</th>
            <th scope="col">RMSE</th>
            <th scope="col">MAE</th>
            <th scope="col">MAPE</th>
            <th scope="col">R²</th>
            <th scope="col">Baseline RMSE</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((summary) => (
            <ModelRow
              key={summary.version}
              summary={summary}
              datasetIds={datasetIds}
              actions={actions}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
