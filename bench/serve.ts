import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running static server; `close` stops it and drops open connections. */
export interface StaticServer {
  /** Such as `http://127.0.0.1:41234` (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/** The file under `rootDir` a URL path names, or null when the path escapes the folder. */
function filePathFor(rootDir: string, urlPath: string): string | null {
  const pathname = decodeURIComponent(urlPath.split(/[?#]/, 1)[0] ?? '/');
  const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const absolute = normalize(join(rootDir, relative));
  return absolute.startsWith(rootDir + sep) ? absolute : null;
}

async function answer(rootDir: string, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { 'Content-Type': 'text/plain' }).end('Method not allowed');
    return;
  }
  const path = filePathFor(rootDir, request.url ?? '/');
  if (!path || !(await stat(path).catch(() => null))?.isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  const body = await readFile(path);
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Serves the files of `rootDir` on 127.0.0.1 (`port` 0 picks a free port), with the MIME types a
 * browser insists on for module scripts and `WebAssembly.instantiateStreaming`.
 */
export async function serveStatic(rootDir: string, port = 0): Promise<StaticServer> {
  const root = normalize(rootDir);
  const server = createServer((request, response) => {
    answer(root, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${boundPort}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
