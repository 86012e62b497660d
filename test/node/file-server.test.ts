// The static file server of `npm start`, preview-data and the benchmark (scripts/serve.js): a bad address is refused
// and the server stays up; nothing outside its folder is served; the headers a cross-origin isolated host needs.
import { strict as assert } from 'node:assert';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileIn, serve } from '../../scripts/serve.js';

let dir: string;
let root: string;
let server: Server;

/** GET `path` exactly as written (no client-side normalising), with the status, headers and body. */
const get = (path: string) =>
  new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((done, fail) => {
    const req = request({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ew-serve-'));
  root = join(dir, 'site');
  mkdirSync(root);
  mkdirSync(join(dir, 'site-private'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(root, 'embed.html'), '<!doctype html><title>embed</title>');
  writeFileSync(join(root, 'kit.js'), 'export {};');
  writeFileSync(join(dir, 'site-private', 'secret.txt'), 'SECRET');
  server = await serve({ root });
});
after(() => {
  server?.closeAllConnections();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the static file server', () => {
  it('refuses an address that cannot be decoded and keeps serving', async () => {
    assert.equal((await get('/%')).status, 403);
    assert.equal((await get('/%E0%A4%A')).status, 403);
    const home = await get('/');
    assert.equal(home.status, 200);
    assert.match(home.body, /home/);
  });

  it('serves nothing outside its folder, not even a sibling folder whose name starts with its own', async () => {
    for (const path of [
      '/..%2Fsite-private/secret.txt',
      '/../site-private/secret.txt',
      '/%2e%2e/site-private/secret.txt',
      '/..%5Csite-private%5Csecret.txt',
    ]) {
      const reply = await get(path);
      assert.notEqual(reply.status, 200, path);
      assert.doesNotMatch(reply.body, /SECRET/, path);
    }
    assert.equal(fileIn(root, '/..%2Fsite-private/secret.txt'), undefined);
    assert.equal(fileIn(root, '/a/../kit.js'), join(root, 'kit.js'));
  });

  it('lets a cross-origin isolated page load its files and frame the embed page', async () => {
    const kit = await get('/kit.js');
    assert.equal(kit.headers['cross-origin-resource-policy'], 'cross-origin');
    assert.equal(kit.headers['access-control-allow-origin'], '*');
    const embed = await get('/embed.html');
    assert.equal(embed.headers['cross-origin-resource-policy'], 'cross-origin');
    assert.equal(embed.headers['cross-origin-embedder-policy'], 'require-corp');
  });
});
