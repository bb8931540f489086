import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStorageUsage, requestPersistentStorage } from './storage-usage';

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubStorage(storage: object | undefined): void {
  vi.stubGlobal('navigator', { storage });
}

describe('storage usage', () => {
  it('reads usage, quota and persistence', async () => {
    stubStorage({
      estimate: () => Promise.resolve({ usage: 5_000_000, quota: 2_000_000_000 }),
      persisted: () => Promise.resolve(true),
    });
    expect(await readStorageUsage()).toEqual({
      usageBytes: 5_000_000,
      quotaBytes: 2_000_000_000,
      isPersisted: true,
    });
  });

  it('reads zero for missing figures and false when persistence cannot be asked', async () => {
    stubStorage({ estimate: () => Promise.resolve({}) });
    expect(await readStorageUsage()).toEqual({ usageBytes: 0, quotaBytes: 0, isPersisted: false });
  });

  it('is null where the Storage API is missing', async () => {
    stubStorage(undefined);
    expect(await readStorageUsage()).toBeNull();
    vi.stubGlobal('navigator', undefined);
    expect(await readStorageUsage()).toBeNull();
    expect(await requestPersistentStorage()).toBe(false);
  });
});

describe('persistent storage', () => {
  it('asks only when not yet persisted and reports the answer', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    stubStorage({ estimate: vi.fn(), persisted: () => Promise.resolve(false), persist });
    expect(await requestPersistentStorage()).toBe(false);
    expect(persist).toHaveBeenCalledTimes(1);
    stubStorage({ estimate: vi.fn(), persisted: () => Promise.resolve(true), persist });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('is false in a worker, where persist() does not exist', async () => {
    stubStorage({ estimate: vi.fn(), persisted: () => Promise.resolve(false) });
    expect(await requestPersistentStorage()).toBe(false);
  });
});
