import { useState } from 'react';
import type { RunRecord } from '../../storage/runs';
import { formatDuration, formatNumber, formatPercent, formatPrice } from '../../ui/format';
import { sortAndFilterRuns, type RunSortKey } from './train-view';

interface Props {
  runs: readonly RunRecord[];
  trialCounts: ReadonlyMap<string, number>;
  selected: readonly string[];
  onToggle: (id: string) => void;
  onDelete: (id: string) => void;
}

const SORTABLE: { key: RunSortKey; label: string }[] = [
  { key: 'startedAt', label: 'Started' },
  { key: 'rmse', label: 'RMSE' },
  { key: 'mape', label: 'MAPE' },
  { key: 'r2', label: 'R²' },
  { key: 'durationMs', label: 'Time' },
];

/** Every run (experiment tracking): sortable, filterable, tick 2–5 to compare. */
export function RunsTable({ runs, trialCounts, selected, onToggle, onDelete }: Props) {
  const [sort, setSort] = useState<{ key: RunSortKey; isAscending: boolean }>({
    key: 'startedAt',
    isAscending: false,
  });
  const [filter, setFilter] = useState('');
  const shown = sortAndFilterRuns(runs, { ...sort, filter });
  const sortBy = (key: RunSortKey) =>
    setSort((now) => ({
      key,
      isAscending: now.key === key ? !now.isAscending : key !== 'startedAt' && key !== 'r2',
    }));
  return (
    <section className="card train-scroll">
      <h3>Runs ({runs.length})</h3>
      <input
        type="search"
        placeholder="Filter by dataset, target, preset or status"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <table className="train-table" data-testid="runs-table">
        <thead>
          <tr>
            <th>Compare</th>
            <th>Dataset</th>
            <th>Target</th>
            <th>Preset</th>
            <th>Status</th>
            {SORTABLE.map((column) => (
              <th
                key={column.key}
                aria-sort={
                  sort.key === column.key
                    ? sort.isAscending
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                <button type="button" className="link-button" onClick={() => sortBy(column.key)}>
                  {column.label}
                </button>
              </th>
            ))}
            <th>Version</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shown.map((run) => (
            <tr key={run.id} data-testid="run-row" data-status={run.status}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Compare run ${run.id}`}
                  checked={selected.includes(run.id)}
                  disabled={!selected.includes(run.id) && selected.length >= 5}
                  onChange={() => onToggle(run.id)}
                />
              </td>
              <td>{run.datasetName}</td>
              <td>{run.target}</td>
              <td>
                {run.preset}
                {trialCounts.get(run.id) ? ` (${trialCounts.get(run.id)} trials)` : ''} · seed{' '}
                {run.seed}
              </td>
              <td>{run.status}</td>
              <td>{new Date(run.startedAt).toLocaleString()}</td>
              <td>{run.metrics ? formatPrice(run.metrics.test.rmse) : '–'}</td>
              <td>{run.metrics ? formatPercent(run.metrics.test.mape) : '–'}</td>
              <td>{run.metrics ? formatNumber(run.metrics.test.r2) : '–'}</td>
              <td>{formatDuration(run.durationMs)}</td>
              <td>{run.modelVersion ?? '–'}</td>
              <td>
                <button
                  type="button"
                  onClick={() => onDelete(run.id)}
                  disabled={run.status === 'running'}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
