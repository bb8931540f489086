import type { OutputTarget, SpreadsheetFormat } from '../../worker/ml/api';

interface SaveFilePickerOptions {
  suggestedName?: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}

type PickerWindow = Window & {
  showSaveFilePicker?: (options: SaveFilePickerOptions) => Promise<FileSystemFileHandle>;
};

/** True when the browser can stream the output straight into a file (Chrome, Edge). */
export function canSaveAsScored(): boolean {
  return typeof (window as PickerWindow).showSaveFilePicker === 'function';
}

const TYPES: Record<SpreadsheetFormat, SaveFilePickerOptions['types']> = {
  csv: [{ description: 'CSV file', accept: { 'text/csv': ['.csv'] } }],
  xlsx: [
    {
      description: 'Excel workbook',
      accept: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'] },
    },
  ],
};

/**
 * Asks where to save (File System Access API) and returns a file target, or null when the person
 * closed the picker.
 */
export async function pickSaveTarget(
  suggestedName: string,
  format: SpreadsheetFormat,
): Promise<OutputTarget | null> {
  const picker = (window as PickerWindow).showSaveFilePicker;
  if (!picker) return { kind: 'download' };
  try {
    const handle = await picker({ suggestedName, types: TYPES[format] });
    return { kind: 'file', handle };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/** `stock.csv` → `stock-estimates.csv` (the worker names the download the same way). */
export function estimatesFileName(fileName: string, format: SpreadsheetFormat): string {
  return `${fileName.replace(/\.[^.]*$/, '') || 'estimates'}-estimates.${format}`;
}
