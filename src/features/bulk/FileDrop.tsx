import { useState, type DragEvent } from 'react';
import type { BulkLimits } from '../../worker/ml/api';
import { formatBytes } from './bulk-format';

interface Props {
  limits: BulkLimits | null;
  isDisabled: boolean;
  onFile: (file: File) => void;
}

/** Drop zone and file picker for the stock list (CSV or XLSX). */
export function FileDrop({ limits, isDisabled, onFile }: Props) {
  const [isOver, setIsOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setIsOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !isDisabled) onFile(file);
  };
  return (
    <label
      className="bulk-drop"
      data-over={isOver ? 'true' : undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setIsOver(true);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={onDrop}
    >
      <strong>Drop a CSV or XLSX stock list here, or choose one</strong>
      <input
        data-testid="bulk-file-input"
        type="file"
        accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={isDisabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <span className="field-hint">
        CSV files of any size are streamed. XLSX files are read whole
        {limits ? ` (up to ${formatBytes(limits.xlsxMaxBytes)})` : ''}. The file is read here and
        never changed or sent anywhere.
      </span>
    </label>
  );
}
