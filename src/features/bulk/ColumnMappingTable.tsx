import type { ColumnMapping } from '../../core/bulk/column-matching';
import type { BulkModel } from '../../worker/ml/api';

interface Props {
  model: BulkModel;
  header: string[];
  mapping: ColumnMapping;
  onMap: (input: string, column: number | null) => void;
}

const TYPE_LABELS = { number: 'number', category: 'category', boolean: 'yes/no' };

/** One row per model input: the file column that feeds it, changeable by the person. */
export function ColumnMappingTable({ model, header, mapping, onMap }: Props) {
  const missing = model.inputs
    .filter((input) => mapping[input.name] == null)
    .map((input) => input.name);
  const used = new Set(Object.values(mapping));
  const passThrough = header.filter((_, index) => !used.has(index));
  return (
    <section className="card">
      <h3>Columns</h3>
      {missing.length > 0 && (
        <p
          className="issue-text"
          role="alert"
          data-testid="bulk-missing-columns"
          data-value={missing.join(',')}
        >
          Missing required {missing.length === 1 ? 'column' : 'columns'}: {missing.join(', ')}. Pick
          the file column for each, or add {missing.length === 1 ? 'it' : 'them'} to the file.
        </p>
      )}
      <table className="figures-table bulk-table">
        <thead>
          <tr>
            <th>Model input</th>
            <th>Type</th>
            <th>File column</th>
          </tr>
        </thead>
        <tbody>
          {model.inputs.map((input) => (
            <tr key={input.name}>
              <td>{input.name}</td>
              <td>{TYPE_LABELS[input.type]}</td>
              <td>
                <select
                  data-testid={`bulk-map-${input.name}`}
                  aria-label={`File column for ${input.name}`}
                  value={mapping[input.name] ?? ''}
                  onChange={(event) =>
                    onMap(input.name, event.target.value === '' ? null : Number(event.target.value))
                  }
                >
                  <option value="">— not in the file —</option>
                  {header.map((name, index) => (
                    <option key={index} value={index}>
                      {name || `(column ${index + 1}, no name)`}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">
        {passThrough.length > 0
          ? `Passed through untouched: ${passThrough.map((name) => name || '(no name)').join(', ')}.`
          : 'Every column of the file feeds the model.'}
      </p>
    </section>
  );
}
