import type { MissingOverview } from '../../core/eda';
import { CountBars } from '../../ui/CountBars';
import { formatCount } from '../../ui/format';

/** Which columns have missing values, most first. */
export function MissingPanel({
  missing,
  rowCount,
}: {
  missing: MissingOverview;
  rowCount: number;
}) {
  return (
    <figure className="card" data-testid="missing-overview">
      <figcaption>
        Missing values: {formatCount(missing.rowsWithMissing)} of {formatCount(rowCount)} rows have
        at least one.
      </figcaption>
      {missing.columns.length === 0 ? (
        <p>Every cell is filled.</p>
      ) : (
        <CountBars
          bars={missing.columns.map((column) => ({ label: column.name, count: column.missing }))}
          unit="missing"
          isHorizontal
          height={40 + missing.columns.length * 22}
        />
      )}
    </figure>
  );
}
