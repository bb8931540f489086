import type { FileInspection } from '../../worker/ml/api';
import { describeDelimiter } from '../../core/bulk/csv-dialect';
import { formatBytes } from '../../ui/format';

interface Props {
  inspection: FileInspection;
  onSheet: (sheet: string) => void;
}

/** What was dropped: name, size, format, separator or sheet (with a choice when there are many). */
export function FileFacts({ inspection, onSheet }: Props) {
  const { fileName, sizeBytes, format, delimiter, sheets, sheet, model } = inspection;
  return (
    <section className="card bulk-facts">
      <p>
        <strong>{fileName}</strong> · {formatBytes(sizeBytes)} · {format.toUpperCase()}
        {delimiter && ` · ${describeDelimiter(delimiter)}-separated`}
        {' · '}priced by model version {model.version} ({model.name}), column{' '}
        <code>predicted_{model.target}</code>
      </p>
      {sheets.length > 1 && (
        <label className="field">
          <span className="field-name">
            This workbook has {sheets.length} sheets: choose the one to price
          </span>
          <select
            data-testid="bulk-sheet"
            value={sheet ?? ''}
            onChange={(event) => onSheet(event.target.value)}
          >
            {sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}
