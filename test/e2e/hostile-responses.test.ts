// Hostile responses to a dataset request and hostile dataset URLs: a gzip bomb and an endless body through `src`, secrets in the dataset URL, the
// referrer of a dataset request and a redirect to another origin. Each case is served to one widget of every tag.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, beforeEach, describe, it, type TestContext } from 'node:test';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import {
  addWidgets,
  dataset,
  ESM,
  inspect,
  launch,
  page,
  probe,
  settled,
  site,
  STRICT_CSP,
  tab,
  TAGS,
  type Site,
  type Tab,
} from './harness.js';

const MB = 1 << 20;
const json = { 'content-type': 'application/json' };

/**
 * A gzip response that unpacks to `total` bytes of spaces, made as the client reads it: 1 MB of spaces compressed
 * once with a full flush (so every further megabyte compresses to the same bytes), repeated. About 1 KB per
 * megabyte: 2 GB travel as 2 MB, with an honest `content-length`.
 */
function gzipBomb(total: number) {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  deflate.write(Buffer.alloc(MB, 0x20));
  return new Promise<{ length: number; stream: () => Readable }>((done) => {
    deflate.once('end', () => {
      // The flushed megabyte, then the final empty block (`03 00`).
      const all = Buffer.concat(out);
      const piece = all.subarray(0, all.length - 2);
      const end = all.subarray(all.length - 2);
      const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
      const count = total / MB;
      const trailer = () => {
        let crc = 0;
        const spaces = Buffer.alloc(MB, 0x20);
        for (let i = 0; i < count; i++) crc = zlib.crc32(spaces, crc);
        const t = Buffer.alloc(8);
        t.writeUInt32LE(crc, 0);
        t.writeUInt32LE(total % 2 ** 32, 4);
        return t;
      };
      const length = header.length + piece.length * count + end.length + 8;
      done({
        length,
        stream: () => {
          let i = -1;
          return new Readable({
            read() {
              if (i === -1) this.push(header);
              else if (i < count) this.push(piece);
              else if (i === count) this.push(Buffer.concat([end, trailer()]));
              else this.push(null);
              i++;
            },
          });
        },
      });
    });
    deflate.flush(zlib.constants.Z_FULL_FLUSH, () => deflate.end());
  });
}

/** `total` bytes of spaces in 1 MB chunks, with no length; counts what was actually handed to the socket. */
function endless(total: number, sent: { bytes: number }) {
  return () => {
    const chunk = Buffer.alloc(MB, 0x20);
    return new Readable({
      read() {
        if (sent.bytes >= total) return void this.push(null);
        sent.bytes += chunk.length;
        this.push(chunk);
      },
    });
  };
}

/** Peak resident memory (VmHWM) of the browser's renderer processes, in MB; `reset` restarts the count. */
function renderers(browser: Browser) {
  const root = browser.process()?.pid;
  const pids = () => {
    const children = new Map<number, number[]>();
    for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
      try {
        const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      } catch {
        // Gone meanwhile.
      }
    }
    const found: number[] = [];
    const walk = (pid: number) =>
      (children.get(pid) ?? []).forEach((c) => {
        if (readFileSync(`/proc/${c}/cmdline`, 'utf8').includes('--type=renderer')) found.push(c);
        walk(c);
      });
    if (root) walk(root);
    return found;
  };
  return {
    // Writing 5 to clear_refs restarts VmHWM (Linux, as root or the process's owner); elsewhere the peak counts from the start.
    reset: () =>
      pids().forEach((pid) => {
        try {
          writeFileSync(`/proc/${pid}/clear_refs`, '5');
        } catch {
          /* not allowed here */
        }
      }),
    peak: () =>
      Math.max(0, ...pids().map((pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024)),
  };
}

let browser: Browser;
let server: Site;
let other: Site;
let t: Tab;
let bomb: Awaited<ReturnType<typeof gzipBomb>>;
const sent = { bytes: 0 };
const referers: (string | undefined)[] = [];

before(async () => {
  [browser, other, bomb] = await Promise.all([launch(), site(), gzipBomb(2048 * MB)]);
  server = await site(STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${other.origin}`));
  const body = JSON.stringify(dataset());
  server.route('/index.html', page({ head: ESM }));
  server.route('/bomb.json', () => ({
    headers: { ...json, 'content-encoding': 'gzip', 'content-length': String(bomb.length) },
    stream: bomb.stream,
  }));
  server.route('/endless.json', () => ({ headers: json, stream: endless(50 * MB, sent) }));
  server.route('/ok.json', (req) => {
    referers.push(req.headers.referer);
    return { headers: json, body };
  });
  // Findings 2 and 4: one value changed, written as JSON text so that -0 stays -0.
  const withValue = (kind: string, unit: string, raw: string) => {
    const d = dataset();
    d.figures.find((f: any) => f.kind === kind && f.unit === unit && !f.derived).value = '__v__';
    return { headers: json, body: JSON.stringify(d).replace('"__v__"', raw) };
  };
  server.route('/huge.json', withValue('export', 'RUB', '1.7e308'));
  server.route('/minus-zero.json', withValue('export', 'RUB', '-0'));
  server.route('/zero-growth.json', withValue('growth', 'times', '0'));
  server.route('/tiny-growth.json', withValue('growth', 'times', '5e-324'));
  server.route('/moved.json', { status: 302, headers: { location: `${other.origin}/data/moved.json?v=2` } });
  other.route('/data/moved.json', { headers: { ...json, 'access-control-allow-origin': '*' }, body });
});
after(async () => {
  await browser?.close();
  await Promise.all([server?.close(), other?.close()]);
});
beforeEach(async () => {
  await t?.close();
  t = await tab(browser);
  await t.page.goto(`${server.origin}/index.html?article=secret-slug`, { waitUntil: 'load' });
});

const events = () => t.page.evaluate(() => (window as any).__ew.events as { type: string; detail: any }[]);

/** Loads every tag from `src` (unless `add` is false: added already), checks each ends in the error `kind`, and that nothing threw. */
async function refused(src: string, kind: string, add = true) {
  if (add) await addWidgets(t.page, src);
  await settled(t.page, undefined, 30_000);
  const list = await inspect(t.page);
  for (const w of list) {
    assert.equal(w.state, `error:${kind}`, `${w.tag}: ${JSON.stringify(w)}`);
    assert.ok(w.height > 20, `${w.tag} shows its message`);
  }
  const seen = await probe(t.page);
  assert.deepEqual([...seen.errors, ...t.errors.filter((e) => !/Failed to load resource/.test(e))], []);
  return list;
}

/** Samples the page's used JS heap every 20 ms while `run` goes; the largest sample, in MB. */
async function peakHeap(run: () => Promise<unknown>): Promise<number> {
  const cdp = await t.page.createCDPSession();
  let peak = 0;
  let going = true;
  const sampling = (async () => {
    while (going) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      peak = Math.max(peak, usedSize);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    await run();
  } finally {
    going = false;
    await sampling;
    await cdp.detach();
  }
  return peak / MB;
}

describe('a body that unpacks to more than the limit', () => {
  it('a 2 MB gzip response that unpacks to 2 GB: "too large", the tab survives, memory stays near the 10 MB limit', async (c: TestContext) => {
    const memory = renderers(browser);
    const before = await t.page.evaluate(() => (performance as any).memory.usedJSHeapSize / 2 ** 20);
    memory.reset();
    const heap = await peakHeap(async () => {
      await addWidgets(t.page, '/bomb.json');
      await settled(t.page, undefined, 30_000);
    });
    const rss = memory.peak();
    c.diagnostic(
      `gzip bomb (${(bomb.length / MB).toFixed(1)} MB → 2048 MB): JS heap ${before.toFixed(1)} MB before, peak ${heap.toFixed(1)} MB; renderer peak RSS ${rss.toFixed(0)} MB`,
    );
    for (const w of await refused('/bomb.json', 'size', false)) assert.match(w.error, /too large/, w.tag);
    // The tab still works after it.
    assert.equal(await t.page.evaluate(() => 1 + 1), 2);
    assert.ok(rss < 400, `the renderer's memory peaked at ${rss.toFixed(0)} MB`);
    assert.ok(heap < before + 60, `JS heap peaked at ${heap.toFixed(1)} MB (${before.toFixed(1)} MB before)`);
  });

  it('50 MB without a length: "too large", and the read stops near the limit instead of taking all 50 MB', async (c: TestContext) => {
    sent.bytes = 0;
    const heap = await peakHeap(async () => {
      for (const w of await refused('/endless.json', 'size')) assert.match(w.error, /too large/, w.tag);
    });
    await new Promise((r) => setTimeout(r, 300));
    c.diagnostic(
      `endless body: ${(sent.bytes / MB).toFixed(0)} MB of 50 sent before the reader hung up; JS heap peak ${heap.toFixed(1)} MB`,
    );
    assert.ok(sent.bytes < 35 * MB, `the server sent ${(sent.bytes / MB).toFixed(0)} MB before the reader gave up`);
  });
});

describe('numbers no widget can show, through src', () => {
  for (const [name, path] of [
    ['1.7e308 as an export value', '/huge.json'],
    ['-0 as an export value', '/minus-zero.json'],
    ['a growth of ×0', '/zero-growth.json'],
    ['a growth of ×5e-324', '/tiny-growth.json'],
  ] as const) {
    it(`${name}: every widget says the file is invalid and names the value's path; the tab does not freeze`, async () => {
      await t.page.evaluate(() => ((window as any).__ew.maxGap = 0));
      for (const w of await refused(path, 'invalid')) assert.match(w.error, /\$\.figures\[\d+\]\.value/, w.tag);
      const gap = await t.page.evaluate(() => (window as any).__ew.maxGap as number);
      assert.ok(gap < 2000, `the tab froze for ${Math.round(gap)} ms`);
    });
  }
});

describe('secrets in the dataset URL', () => {
  for (const [name, src, kind] of [
    ['a token in the query', '/missing.json?token=SECRET-TOKEN#SECRET-FRAGMENT', 'http'],
    ['user and password in the URL', 'http://SECRET-USER:SECRET-PASSWORD@127.0.0.1:1/ok.json?token=SECRET-TOKEN', 'network'],
    ['a URL the kit refuses to fetch', 'ftp://SECRET-USER:SECRET-PASSWORD@example.org/data.json?token=SECRET-TOKEN', 'url'],
  ] as const) {
    it(`${name}: the widget and ew-error name host and path only`, async () => {
      const list = await refused(src, kind);
      const messages = (await events()).filter((e) => e.type === 'ew-error').map((e) => String(e.detail.message));
      assert.equal(messages.length, TAGS.length);
      for (const text of [...list.map((w) => w.error), ...messages]) {
        assert.doesNotMatch(text, /SECRET/, text);
        assert.match(text, /(127\.0\.0\.1:\d+|example\.org)\/(missing|ok|data)\.json/, text);
      }
    });
  }
});

describe('referrer and redirects', () => {
  it('a dataset request sends no Referer, not the page URL with its slug and query', async () => {
    referers.length = 0;
    await addWidgets(t.page, '/ok.json');
    await settled(t.page);
    assert.equal(referers.length, 1);
    assert.equal(referers[0], undefined);
  });

  it('a redirect to another origin: the data is shown, and ew-ready names the URL it came from', async () => {
    await addWidgets(t.page, '/moved.json');
    await settled(t.page);
    const ready = (await events()).filter((e) => e.type === 'ew-ready');
    assert.equal(ready.length, TAGS.length);
    for (const e of ready) assert.equal(e.detail.src, `${other.origin}/data/moved.json?v=2`);
  });
});
