import type { CorrelationMatrix } from '../../core/eda';
import { formatNumber } from '../../ui/format';
import { correlationColor } from './eda-view';

/** Pearson correlations of the numeric columns as a heat-map table. */
export function CorrelationTable({ matrix }: { matrix: CorrelationMatrix }) {
  if (matrix.names.length < 2) return null;
  return (
    <section className="card data-scroll">
      <table className="data-table correlation-table" data-testid="correlation-matrix">
        <caption>Correlations (Pearson r) between number columns</caption>
        <thead>
          <tr>
            <th />
            {matrix.names.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.names.map((row, i) => (
            <tr key={row}>
              <th scope="row">{row}</th>
              {matrix.values[i]!.map((value, j) => (
                <td
                  key={matrix.names[j]}
                  style={{
                    background: correlationColor(value),
                    color: Math.abs(value) > 0.6 ? '#fff' : undefined,
                  }}
                  data-value={value}
                >
                  {Number.isFinite(value) ? formatNumber(value) : '–'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
