/** What a row can ask for, by version. */
export interface RowActions {
  onPromote: (version: number) => void;
  onCompare: (version: number) => void;
  onExport: (version: number) => void;
  onDelete: (version: number) => void;
}

interface Props {
  version: number;
  isChampion: boolean;
  isShowingFeatures: boolean;
  onToggleFeatures: () => void;
  actions: RowActions;
}

/** A version's buttons; the champion cannot be promoted, compared with itself or deleted. */
export function VersionActions({
  version,
  isChampion,
  isShowingFeatures,
  onToggleFeatures,
  actions,
}: Props) {
  const confirmDelete = () => {
    if (window.confirm(`Delete model version ${version}? This cannot be undone.`)) {
      actions.onDelete(version);
    }
  };
  return (
    <div className="models-actions">
      {!isChampion && (
        <button
          type="button"
          data-testid="promote-button"
          onClick={() => actions.onPromote(version)}
        >
          Promote
        </button>
      )}
      {!isChampion && (
        <button
          type="button"
          data-testid="compare-button"
          onClick={() => actions.onCompare(version)}
        >
          Compare with champion
        </button>
      )}
      <button type="button" data-testid="export-button" onClick={() => actions.onExport(version)}>
        Export
      </button>
      <button type="button" aria-expanded={isShowingFeatures} onClick={onToggleFeatures}>
        Features
      </button>
      {!isChampion && (
        <button type="button" data-testid="delete-button" onClick={confirmDelete}>
          Delete
        </button>
      )}
    </div>
  );
}
