import type { BulkLimits } from '../../worker/ml/api';
import { FileDrop as DropZone } from '../../ui/FileDrop';
import { formatBytes } from '../../ui/format';

interface Props {
  limits: BulkLimits | null;
  isDisabled: boolean;
  onFile: (file: File) => void;
}

const ACCEPT =
  '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Drop zone and file picker for the stock list (CSV or XLSX). */
export function FileDrop({ limits, isDisabled, onFile }: Props) {
  return (
    <DropZone
      title="Drop a CSV or XLSX stock list here, or choose one"
      accept={ACCEPT}
      testId="bulk-file-input"
      isDisabled={isDisabled}
      onFile={onFile}
    >
      CSV files of any size are streamed. XLSX files are read whole
      {limits ? ` (up to ${formatBytes(limits.xlsxMaxBytes)})` : ''}. The file is read here and
      never changed or sent anywhere.
    </DropZone>
  );
}
