import { spawnSync } from 'node:child_process';

/**
 * Builds the production app into `<rootDir>/dist` with `npx vite build`. Vite's output is kept
 * quiet and shown only when the build fails, which throws.
 */
export function buildApp(rootDir: string): { elapsedMs: number } {
  const startedMs = performance.now();
  const result = spawnSync('npx', ['vite', 'build'], { cwd: rootDir, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`vite build failed (exit code ${result.status ?? result.signal}).`);
  }
  return { elapsedMs: performance.now() - startedMs };
}
