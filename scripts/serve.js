#!/usr/bin/env node
// A static file server on 127.0.0.1, nothing else. As a command (`npm start`) it serves site/, the folder `npm run build`
// writes, as a host would: every file readable from any origin (CORS), so embed codes work on pages elsewhere.
// The benchmark and the tests serve other roots with it (the project root by default).
// Usage: node scripts/serve.js [port]   (PORT env also works; 0 picks a free port)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.md': 'text/plain; charset=utf-8',
};

/**
 * The file under `root` that a URL path names, or undefined for one that cannot be decoded (`/%`) or that leaves the
 * folder (`/..%2Fsibling/`): compared by `relative`, since a bare `startsWith(root)` also matches `root-private/`.
 */
export function fileIn(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = resolve(root, `./${decoded}`);
  const inside = relative(resolve(root), path);
  return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside) ? undefined : path;
}

/**
 * Headers that let pages framing or loading the folder run cross-origin isolated (`Cross-Origin-Embedder-Policy:
 * require-corp`): every file may be embedded by any origin, and the embed page is itself `require-corp`, which a
 * frame inside such a page must be. README, Publish, gives the same headers for other hosts.
 */
export const ISOLATION = { 'cross-origin-resource-policy': 'cross-origin' };
export const EMBED_PAGE_ISOLATION = { ...ISOLATION, 'cross-origin-embedder-policy': 'require-corp' };

/** Starts the server; `headers(path)` may add response headers (the CSP tests use it). */
export function serve({ port = 0, root = ROOT, headers = () => ({}) } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = fileIn(root, url.pathname);
    if (!path) return void res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden');
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'access-control-allow-origin': '*',
        ...(path.endsWith(`${sep}embed.html`) ? EMBED_PAGE_ISOLATION : ISOLATION),
        ...headers(url.pathname),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve({ port: Number(process.argv[2] ?? process.env.PORT ?? 8080), root: join(ROOT, 'site') });
  const { port } = server.address();
  console.log(`export-widgets: http://127.0.0.1:${port}/demo/ and /storybook/; embed page /embed.html; data desk /desk/  (Ctrl+C to stop)`);
}
