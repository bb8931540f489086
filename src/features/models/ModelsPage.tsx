import { ChampionPanel } from './ChampionPanel';
import { ComparisonPanel } from './ComparisonPanel';
import { ImportPanel } from './ImportPanel';
import { ModelTable } from './ModelTable';
import { useComparison } from './useComparison';
import { useModelImport } from './useModelImport';
import { useModels } from './useModels';
import './models.css';

/** `#/models`: every registered version, the champion, and promote, compare, export, import. */
export default function ModelsPage() {
  const { view, message, reload, promote, rollBack, remove, exportVersion } = useModels();
  const importer = useModelImport(reload);
  const comparison = useComparison();
  return (
    <div className="models-page">
      <h2>Models</h2>
      <p className="field-hint">
        Every registered version of the model. The champion answers estimates in every open tab;
        promote another version, or roll back, to change it.
      </p>
      {message && (
        <p className="issue-text" role="alert" data-testid="models-message">
          {message}
        </p>
      )}
      {view === null && !message && <p className="page-status">Reading the registry…</p>}
      {view && (
        <ChampionPanel versions={view.versions} history={view.history} onRollBack={rollBack} />
      )}
      {view && (
        <ModelTable
          versions={view.versions}
          datasetIds={view.datasetIds}
          actions={{
            onPromote: promote,
            onCompare: comparison.compare,
            onExport: exportVersion,
            onDelete: remove,
          }}
        />
      )}
      {comparison.state.status !== 'idle' && (
        <ComparisonPanel state={comparison.state} onClose={comparison.close} />
      )}
      <ImportPanel state={importer.state} onFile={importer.importFile} />
    </div>
  );
}
