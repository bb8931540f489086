import type { ColumnType } from '../../core/data/column-typing';
import type { ColumnProfile } from '../../core/eda';
import { formatCount, formatPercent } from '../../ui/format';
import { COLUMN_TYPE_OPTIONS, formatCompact } from './eda-view';

interface Props {
  profiles: readonly ColumnProfile[];
  selected: string | null;
  isBusy: boolean;
  onSelect: (column: string) => void;
  onType: (column: string, type: ColumnType) => void;
}

const stat = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '–' : formatCompact(value);

/** One row per column: its type (editable, `column-type-<column>`) and its statistics. */
export function ColumnTable({ profiles, selected, isBusy, onSelect, onType }: Props) {
  return (
    <section className="card data-scroll">
      <table className="figures-table data-table">
        <caption>Columns: pick a type to re-read a column; pick a name to see its chart</caption>
        <thead>
          <tr>
            <th>Column</th>
            <th>Type</th>
            <th>Present</th>
            <th>Missing</th>
            <th>Distinct</th>
            <th>Mean</th>
            <th>Std</th>
            <th>Min</th>
            <th>5 %</th>
            <th>25 %</th>
            <th>Median</th>
            <th>75 %</th>
            <th>95 %</th>
            <th>Max</th>
          </tr>
        </thead>
        <tbody>
          {profiles.map((profile) => {
            const n = profile.numeric;
            return (
              <tr key={profile.name} aria-selected={profile.name === selected}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelect(profile.name)}
                  >
                    {profile.name}
                  </button>
                </th>
                <td>
                  <select
                    aria-label={`Type of ${profile.name}`}
                    data-testid={`column-type-${profile.name}`}
                    data-value={profile.type}
                    value={profile.type}
                    disabled={isBusy}
                    onChange={(event) => onType(profile.name, event.target.value as ColumnType)}
                  >
                    {COLUMN_TYPE_OPTIONS.map((option) => (
                      <option key={option.type} value={option.type}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{formatCount(profile.count)}</td>
                <td>{formatPercent(profile.missingShare * 100)}</td>
                <td>{formatCount(profile.distinct)}</td>
                <td>{stat(n?.mean)}</td>
                <td>{stat(n?.std)}</td>
                <td>{stat(n?.min)}</td>
                <td>{stat(n?.q05)}</td>
                <td>{stat(n?.q25)}</td>
                <td>{stat(n?.q50)}</td>
                <td>{stat(n?.q75)}</td>
                <td>{stat(n?.q95)}</td>
                <td>{stat(n?.max)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
