import { describe, expect, it } from 'vitest';
import { afterReady } from './after-ready';

describe('afterReady', () => {
  it('holds calls until ready, then passes arguments and results through', async () => {
    let open: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (open = resolve));
    const calls: string[] = [];
    const api = afterReady(
      {
        async greet(name: string) {
          calls.push(name);
          return `hello ${name}`;
        },
      },
      ready,
    );
    const answer = api.greet('Ada');
    await Promise.resolve();
    expect(calls).toEqual([]);
    open();
    expect(await answer).toBe('hello Ada');
    expect(calls).toEqual(['Ada']);
  });

  it('passes failures through', async () => {
    const api = afterReady(
      {
        async fail(): Promise<never> {
          throw new Error('no');
        },
      },
      Promise.resolve(),
    );
    await expect(api.fail()).rejects.toThrow('no');
  });
});
