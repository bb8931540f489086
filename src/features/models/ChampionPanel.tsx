import type { AliasMove, ModelSummary } from '../../storage/model-types';
import { describeMove, formatWhen } from './model-view';

interface Props {
  versions: ModelSummary[];
  history: AliasMove[];
  onRollBack: () => void;
}

/** How many champion moves the page lists (the newest). */
const SHOWN_MOVES = 5;

/** The champion now, its last moves, and a roll back to the one before. */
export function ChampionPanel({ versions, history, onRollBack }: Props) {
  const champion = versions.find((summary) => summary.isChampion);
  return (
    <section className="card models-champion">
      <h3>Champion</h3>
      <p data-testid="champion-version" data-version={champion?.version ?? ''}>
        {champion
          ? `Version ${champion.version} (${champion.name}) answers every estimate.`
          : 'No version is champion: the shipped model answers estimates.'}
      </p>
      <button
        type="button"
        data-testid="rollback-button"
        disabled={history.length < 2}
        onClick={onRollBack}
      >
        Roll back to the previous champion
      </button>
      {history.length > 0 && (
        <ol className="models-history" aria-label="Champion history, newest first">
          {history.slice(0, SHOWN_MOVES).map((move) => (
            <li key={move.id} data-testid="champion-move">
              {describeMove(move)} <span className="field-hint">{formatWhen(move.at)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
