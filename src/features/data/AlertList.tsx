import type { Alert } from '../../core/eda';
import { sortAlerts } from './eda-view';

/** Data-quality alerts, warnings first; each names its column and the number behind it. */
export function AlertList({ alerts }: { alerts: readonly Alert[] }) {
  return (
    <section className="card">
      <h3>Alerts ({alerts.length})</h3>
      {alerts.length === 0 ? (
        <p>Nothing stands out: no constant, empty, ID-like or leaking columns, no duplicates.</p>
      ) : (
        <ul className="alert-list" data-testid="dataset-alerts">
          {sortAlerts(alerts).map((alert, i) => (
            <li
              key={`${alert.kind}-${alert.column ?? ''}-${i}`}
              data-testid="dataset-alert"
              data-kind={alert.kind}
              data-column={alert.column}
              data-severity={alert.severity}
            >
              <span className="alert-kind">{alert.kind.replace('-', ' ')}</span>
              {alert.column && <strong>{alert.column}</strong>} {alert.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
