#!/usr/bin/env node
// A static file server on 127.0.0.1, nothing else. As a command (`npm start`) it serves site/, the folder `npm run build`
// writes, as a host would: every file readable from any origin (CORS), so embed codes work on pages elsewhere.
// The benchmark and the tests serve other roots with it (the project root by default).
// Usage: node scripts/serve.js [port]   (PORT env also works; 0 picks a free port)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
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

/** Starts the server; `headers(path)` may add response headers (the CSP tests use it). */
export function serve({ port = 0, root = ROOT, headers = () => ({}) } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'access-control-allow-origin': '*',
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
