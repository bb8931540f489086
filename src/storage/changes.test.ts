import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  announceStorageChange,
  onStorageChange,
  STORAGE_CHANNEL,
  type StorageChange,
} from './changes';

function nextMessages(count: number): {
  received: StorageChange[];
  done: Promise<void>;
  stop: () => void;
} {
  const received: StorageChange[] = [];
  let resolve: () => void = () => undefined;
  const done = new Promise<void>((r) => (resolve = r));
  const stop = onStorageChange((change) => {
    received.push(change);
    if (received.length === count) resolve();
  });
  return { received, done, stop };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('storage change notifications', () => {
  it('reach listeners through the estimo-storage channel', async () => {
    const listener = nextMessages(2);
    announceStorageChange({ kind: 'champion', version: 4 });
    announceStorageChange({ kind: 'datasets' });
    await listener.done;
    listener.stop();
    expect(listener.received).toEqual([{ kind: 'champion', version: 4 }, { kind: 'datasets' }]);
  });

  it('ignores messages that are not storage changes', async () => {
    const listener = nextMessages(1);
    const stranger = new BroadcastChannel(STORAGE_CHANNEL);
    stranger.postMessage({ kind: 'weather' });
    stranger.postMessage('champion');
    stranger.postMessage({ kind: 'models', version: 'two' });
    stranger.postMessage({ kind: 'runs' });
    stranger.close();
    await listener.done;
    listener.stop();
    expect(listener.received).toEqual([{ kind: 'runs' }]);
  });

  it('stops calling a listener once unsubscribed', async () => {
    const stopped = vi.fn();
    onStorageChange(stopped)();
    const listener = nextMessages(1);
    announceStorageChange({ kind: 'predictions' });
    await listener.done;
    listener.stop();
    expect(stopped).not.toHaveBeenCalled();
  });

  it('does nothing where BroadcastChannel is missing', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const listener = vi.fn();
    const stop = onStorageChange(listener);
    expect(() => announceStorageChange({ kind: 'models' })).not.toThrow();
    stop();
    expect(listener).not.toHaveBeenCalled();
  });
});
