import { useState } from 'react';
import { describeDelimiter } from '../../core/bulk/csv-dialect';
import { DELIMITERS, type Delimiter } from '../../core/data/ingest';
import { FileDrop } from '../../ui/FileDrop';

interface Props {
  isBusy: boolean;
  onFile: (file: File, delimiter?: Delimiter) => void;
}

/** File picker and drop zone for a CSV, with the separator detected unless the person picks one. */
export function UploadPanel({ isBusy, onFile }: Props) {
  const [delimiter, setDelimiter] = useState<Delimiter | 'auto'>('auto');
  return (
    <div className="data-upload">
      <FileDrop
        title="Drop a CSV here, or choose one"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
        testId="dataset-file-input"
        isDisabled={isBusy}
        onFile={(file) => onFile(file, delimiter === 'auto' ? undefined : delimiter)}
      >
        Read as a stream in a worker, any size your disk holds: UTF-8 (with or without BOM), or
        Windows-1251 / Latin-1 when it is not UTF-8. Stored in this browser only.
      </FileDrop>
      <label className="field inline-field">
        <span>Separator</span>
        <select
          value={delimiter}
          onChange={(event) => setDelimiter(event.target.value as Delimiter | 'auto')}
        >
          <option value="auto">detect</option>
          {DELIMITERS.map((value) => (
            <option key={value} value={value}>
              {describeDelimiter(value)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
