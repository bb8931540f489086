/** The BroadcastChannel name every tab and worker of Estimo shares for storage changes. */
export const STORAGE_CHANNEL = 'estimo-storage';

/** What changed: a kind of stored thing, and the version when it is about a model. */
export interface StorageChange {
  kind: 'champion' | 'models' | 'datasets' | 'runs' | 'predictions' | 'drift';
  version?: number;
}

const KINDS: ReadonlySet<string> = new Set<StorageChange['kind']>([
  'champion',
  'models',
  'datasets',
  'runs',
  'predictions',
  'drift',
]);

/**
 * Tells every other tab and worker (and other listeners in this one) that stored data changed,
 * so they re-read it; for example a new champion, which the predictor must load. Storage
 * functions never call this themselves: whoever changed the data does. Does nothing where
 * BroadcastChannel is missing.
 */
export function announceStorageChange(change: StorageChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(STORAGE_CHANNEL);
  channel.postMessage({ kind: change.kind, version: change.version });
  channel.close();
}

/**
 * Calls `listener` for each change announced elsewhere (another tab, a worker, another channel
 * in this context). Returns the unsubscribe function; a no-op where BroadcastChannel is missing.
 */
export function onStorageChange(listener: (change: StorageChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(STORAGE_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isStorageChange(event.data)) listener(event.data);
  };
  return () => channel.close();
}

function isStorageChange(data: unknown): data is StorageChange {
  if (typeof data !== 'object' || data === null) return false;
  const { kind, version } = data as { kind?: unknown; version?: unknown };
  return (
    typeof kind === 'string' &&
    KINDS.has(kind) &&
    (version === undefined || (typeof version === 'number' && Number.isInteger(version)))
  );
}
