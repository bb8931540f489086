import { formatCount, formatDuration } from '../../ui/format';
import type { BulkRunRecord } from '../../storage/prediction-log';

/** The logged runs, every tab's: when, which file and model version, counts and time. */
export function RunLog({ entries }: { entries: readonly BulkRunRecord[] }) {
  if (entries.length === 0) return null;
  return (
    <section className="card">
      <h3>Recent runs</h3>
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
            <tr key={entry.id} data-state={entry.state}>
              <td>{new Date(entry.at).toLocaleString()}</td>
              <td>{entry.fileName}</td>
              <td>v{entry.modelVersion}</td>
              <td>{entry.state}</td>
              <td>{formatCount(entry.rows)}</td>
              <td>{formatCount(entry.scored)}</td>
              <td>{formatCount(entry.errors)}</td>
              <td>{formatDuration(entry.elapsedMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">Logged in this browser for the Monitor page.</p>
    </section>
  );
}
