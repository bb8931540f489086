import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../lib/errors';
import { commitWrite, describeBytes, issueAll, toStorageError } from './write-transaction';

const quota = () => new DOMException('Quota exceeded.', 'QuotaExceededError');

function fakeTx(done: Promise<void>) {
  return { done, abort: vi.fn() };
}

describe('commitWrite', () => {
  it('resolves the body once the transaction commits', async () => {
    const tx = fakeTx(Promise.resolve());
    await expect(
      commitWrite(
        tx,
        () => 'x',
        async () => 42,
      ),
    ).resolves.toBe(42);
    expect(tx.abort).not.toHaveBeenCalled();
  });

  it('maps a transaction that aborts at commit with QuotaExceededError (as browsers do)', async () => {
    const tx = fakeTx(Promise.reject(quota()));
    const describe = vi.fn(() => 'model version "diamonds" (2.0 MB)');
    const error = await commitWrite(tx, describe, async () => 1).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'STORAGE_QUOTA',
      message:
        'Browser storage is full: could not save model version "diamonds" (2.0 MB). Nothing of ' +
        'it was stored and earlier data is intact. Delete old datasets, runs or model versions, ' +
        'then try again.',
    });
    expect(describe).toHaveBeenCalledTimes(1);
  });

  it('aborts the transaction and passes other errors through unchanged', async () => {
    let fail: (error: unknown) => void = () => undefined;
    const tx = fakeTx(new Promise<void>((_, reject) => (fail = reject)));
    tx.abort.mockImplementation(() => fail(new DOMException('Aborted', 'AbortError')));
    const refusal = new AppError('STORAGE_REFUSED', 'no');
    const describe = vi.fn(() => 'x');
    await expect(commitWrite(tx, describe, () => Promise.reject(refusal))).rejects.toBe(refusal);
    expect(tx.abort).toHaveBeenCalledTimes(1);
    expect(describe).not.toHaveBeenCalled();
  });
});

describe('issueAll', () => {
  it('awaits every request and rejects with the first failure', async () => {
    const order: number[] = [];
    await issueAll((track) => {
      for (const n of [1, 2, 3]) track(Promise.resolve().then(() => order.push(n)));
    });
    expect(order).toEqual([1, 2, 3]);
    await expect(
      issueAll((track) => {
        track(Promise.reject(new Error('first')));
        track(Promise.reject(new Error('second')));
      }),
    ).rejects.toThrow('first');
  });

  it('leaves no unhandled rejection when issuing throws midway', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    let rejectEarlier: (error: unknown) => void = () => undefined;
    await expect(
      issueAll((track) => {
        track(new Promise((_, reject) => (rejectEarlier = reject)));
        throw quota();
      }),
    ).rejects.toMatchObject({ name: 'QuotaExceededError' });
    rejectEarlier(new DOMException('Aborted', 'AbortError'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});

describe('toStorageError and describeBytes', () => {
  it('recognises QuotaExceededError by name only', () => {
    const other = new DOMException('x', 'DataError');
    expect(toStorageError(other, () => 'x')).toBe(other);
    expect(toStorageError({ name: 'QuotaExceededError' }, () => 'it')).toMatchObject({
      code: 'STORAGE_QUOTA',
    });
  });

  it('formats sizes in binary units', () => {
    expect(describeBytes(512)).toBe('512 bytes');
    expect(describeBytes(1536)).toBe('1.5 KB');
    expect(describeBytes(5 * 1024 ** 3)).toBe('5.0 GB');
  });
});
