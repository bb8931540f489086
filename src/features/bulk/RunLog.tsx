import { formatCount, formatDuration } from '../../ui/format';
import type { RunLogEntry } from './run-log';

/** Every run of this tab: when, which file and model version, counts and time. */
export function RunLog({ entries }: { entries: RunLogEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section className="bulk-card">
      <h3>Runs in this tab</h3>
      <table className="bulk-table" data-testid="bulk-run-log">
        <thead>
          <tr>
            <th>When</th>
            <th>File</th>
            <th>Model</th>
            <th>Outcome</th>
            <th>Rows</th>
            <th>Priced</th>
            <th>Errors</th>
            <th>Time</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.at + entry.fileName} data-state={entry.state}>
              <td>{new Date(entry.at).toLocaleTimeString()}</td>
              <td>{entry.fileName}</td>
              <td>{entry.modelVersion === null ? '–' : `v${entry.modelVersion}`}</td>
              <td>{entry.state}</td>
              <td>{formatCount(entry.rows)}</td>
              <td>{formatCount(entry.scored)}</td>
              <td>{formatCount(entry.errors)}</td>
              <td>{formatDuration(entry.elapsedMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">
        Kept for this tab only (sessionStorage) until Estimo stores runs in IndexedDB.
      </p>
    </section>
  );
}
