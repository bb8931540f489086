/**
 * Wraps every method of `api` so it first waits for `ready` (say, the TF.js backend starting):
 * a call that arrives while the worker is still starting waits instead of failing. Methods keep
 * their `this`; non-function properties are left out (a worker API holds only methods).
 */
export function afterReady<Api extends object>(api: Api, ready: Promise<unknown>): Api {
  const gated: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(api)) {
    if (typeof value !== 'function') continue;
    const method = value as (...args: unknown[]) => unknown;
    gated[name] = async (...args: unknown[]) => {
      await ready;
      return method.apply(api, args);
    };
  }
  return gated as Api;
}
