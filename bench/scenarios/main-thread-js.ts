import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Scenario, ScenarioContext, ScenarioFigures } from '../scenario';

/** The fields of a Vite manifest chunk this scenario reads. */
interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}

type Manifest = Record<string, ManifestChunk>;

const ENTRY_KEY = 'index.html';
const WORKER_FILE = /\.worker-.+\.js$/;

/** Manifest keys reachable from `startKeys` along the given edges (the start keys included). */
function reachableKeys(manifest: Manifest, startKeys: string[], edges: (keyof ManifestChunk)[]) {
  const seen = new Set<string>();
  const pending = [...startKeys];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The Vite manifest has no chunk "${key}".`);
    for (const edge of edges) pending.push(...((chunk[edge] as string[] | undefined) ?? []));
  }
  return seen;
}

/** Size in KB (1024 bytes) of each file gzipped at level 9, summed. */
function gzipKB(distDir: string, files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files)
    bytes += gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  return bytes / 1024;
}

function measure({ distDir }: ScenarioContext): ScenarioFigures {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const staticKeys = reachableKeys(manifest, [ENTRY_KEY], ['imports']);
  const allKeys = reachableKeys(manifest, [ENTRY_KEY], ['imports', 'dynamicImports']);
  const dynamicKeys = [...allKeys].filter((key) => !staticKeys.has(key));
  const fileOf = (key: string) => manifest[key]!.file;
  const staticFiles = [...staticKeys].map(fileOf);
  const workerFiles = readdirSync(join(distDir, 'assets'))
    .filter((name) => WORKER_FILE.test(name))
    .map((name) => `assets/${name}`);
  return {
    figures: {
      mainThreadStaticGzipKB: gzipKB(distDir, staticFiles),
      mainThreadDynamicGzipKB: gzipKB(distDir, dynamicKeys.map(fileOf)),
      workerGzipKB: gzipKB(distDir, workerFiles),
    },
    targets: [{ figure: 'mainThreadStaticGzipKB', atMost: 200 }],
    notes: {
      staticFiles: staticFiles.join(', '),
      dynamicFiles: dynamicKeys.map(fileOf).join(', ') || 'none',
      workerFiles: workerFiles.join(', ') || 'none',
    },
  };
}

/**
 * JavaScript the main thread loads before first render: the `index.html` entry chunk and its
 * static imports, gzipped. Lazy chunks and worker bundles are reported beside it for reference.
 */
export const mainThreadJs: Scenario = {
  name: 'main-thread-js',
  run: (context) => Promise.resolve(measure(context)),
};
