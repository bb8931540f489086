/** One bulk run as the log keeps it. */
export interface RunLogEntry {
  at: string;
  fileName: string;
  modelVersion: number | null;
  state: 'done' | 'failed' | 'cancelled';
  rows: number;
  scored: number;
  errors: number;
  elapsedMs: number;
}

const KEY = 'estimo.bulk-runs';
const MAX_ENTRIES = 50;

/**
 * The run log lives in sessionStorage for now (Estimo has no IndexedDB store for runs yet): it
 * survives reloads of this tab and is gone when the tab closes.
 */
export function readRunLog(): RunLogEntry[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as RunLogEntry[]) : [];
  } catch {
    return [];
  }
}

/** Adds a run to the front of the log (newest first) and returns the new log. */
export function appendRunLog(entry: RunLogEntry): RunLogEntry[] {
  const entries = [entry, ...readRunLog()].slice(0, MAX_ENTRIES);
  try {
    sessionStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // A full or blocked sessionStorage only loses the log, never the run.
  }
  return entries;
}
