/**
 * Loading datasets. The embedded dataset is parsed once per page. A dataset
 * named by URL is fetched once per page however many widgets name it; the
 * request is aborted when the last widget waiting for it goes away, and after
 * a bounded timeout.
 */
import embedded from '../../data/technopolis-moscow.json';
import { buildModel, type Model } from './model.js';
import type { Dataset } from './schema.js';
import type { LoadErrorKind } from '../lib/load-errors.js';
import type { DataIssue } from './validate.js';
import { yieldToBrowser } from '../lib/yield.js';

export type { LoadErrorKind };

export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly kind: LoadErrorKind,
    /** Host and path of the dataset's URL: never its query, fragment or `user:password@` (see `shownUrl`). */
    readonly src: string,
    readonly detail: { status?: number; issues?: readonly DataIssue[]; message?: string } = {},
  ) {
    super(`${kind}: ${src}${detail.status ? ` (${detail.status})` : ''}${detail.message ? ` ${detail.message}` : ''}`);
  }
}

/** Tunables, exported for tests and for pages that want a longer wait. `maxBytes` counts the unpacked body. */
export const loaderConfig = { timeoutMs: 10_000, maxBytes: 10 * 1024 * 1024 };

/**
 * What a reader and `ew-error` may see of a dataset URL: host and path. The query (`?token=`), the fragment and
 * `user:password@` stay out of the message. A `src` that is no URL is cut at the same places.
 */
export function shownUrl(src: string): string {
  try {
    const url = new URL(src, document.baseURI);
    if (url.host) return `${url.host}${url.pathname}`;
  } catch {
    // Not a URL: cut by hand below.
  }
  const text = src.replace(/[?#].*$/s, '').replace(/^([a-z][a-z0-9+.-]*:\/*)[^/@]*@/i, '$1');
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * Checks a fetched dataset. The checker (the schema, valibot, the cross-checks) is loaded with the first dataset named
 * by URL: a page showing the embedded data, checked at build time, never loads it (an app's bundler makes it a chunk
 * of its own; the self-contained bundles inline it).
 */
async function toModel(json: unknown, src: string): Promise<Model> {
  const { validateDataset } = await import('./validate.js');
  const result = validateDataset(json);
  if (!result.ok) throw new DatasetError('invalid', src, { issues: result.issues });
  return buildModel(result.dataset);
}

let embeddedModel: Model | undefined;
/** The dataset built into the bundle. The build checked it (vite.config.ts), so a page does not check it again. */
export function embeddedDataset(): Model {
  return (embeddedModel ??= buildModel(embedded as Dataset));
}

/** Resolves `src` against `base` (the page's base URL); only http(s) URLs are fetched (no javascript:, data:, file:). */
function datasetUrl(src: string, base: string | URL | undefined): URL {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    throw new DatasetError('url', shownUrl(src));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DatasetError('url', shownUrl(src));
  return url;
}

/**
 * The body as text, read as a stream and cancelled once it unpacks to more than `loaderConfig.maxBytes`: a
 * `content-length` counts the compressed bytes, so a small gzip response may unpack to gigabytes, and a body
 * without a length says nothing of its size. Memory stays near the limit whatever the server sends.
 */
async function readText(response: Response, shown: string, signal: AbortSignal): Promise<string> {
  const failed = () => (signal.reason instanceof DatasetError ? signal.reason : new DatasetError('network', shown));
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw failed();
    }
    if (chunk.done) break;
    bytes += chunk.value.byteLength;
    if (bytes > loaderConfig.maxBytes) {
      void reader.cancel().catch(() => {});
      throw new DatasetError('size', shown);
    }
    parts.push(decoder.decode(chunk.value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Dataset requests send no cookies and no referrer. `no-referrer` rather than the browser's default
 * `strict-origin-when-cross-origin`, which sends a same-origin server the page's full URL (article slug, query):
 * a data file needs nothing of the page that shows it, and `origin` would still tell a third-party host which
 * site embeds the kit.
 */
const REQUEST: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer', headers: { accept: 'application/json' } };

async function fetchModel(url: string, signal: AbortSignal): Promise<Model> {
  const shown = shownUrl(url);
  let response: Response;
  try {
    response = await fetch(url, { ...REQUEST, signal });
  } catch {
    throw signal.reason instanceof DatasetError ? signal.reason : new DatasetError('network', shown);
  }
  if (!response.ok) throw new DatasetError('http', shown, { status: response.status });
  if (Number(response.headers.get('content-length')) > loaderConfig.maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw new DatasetError('size', shown);
  }
  const text = await readText(response, shown, signal);
  // Parsing, checking and rendering a large file each take their own task, so that no one task holds the page:
  // a 10 MB file's parse alone takes about 180 ms (the benchmark's largest file).
  await yieldToBrowser();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const type = response.headers.get('content-type') ?? '';
    throw new DatasetError('json', shown, { message: `${(error as Error).message}${type && !type.includes('json') ? ` [${type}]` : ''}` });
  }
  await yieldToBrowser();
  // The URL the data came from, after any redirect: `ew-ready` names it.
  const model = { ...(await toModel(json, shown)), url: response.url || url };
  // The widgets render it in a task of their own: a render turn cannot know that its task has checked 10 MB first.
  await yieldToBrowser();
  return model;
}

interface Request {
  readonly promise: Promise<Model>;
  readonly controller: AbortController;
  waiting: number;
  settled: boolean;
}
/** One entry per URL: pending requests, and loaded models kept for the page's lifetime. Failures are dropped so they can be retried. */
const requests = new Map<string, Request>();

/** Number of dataset requests still in flight, for tests of cleanup. */
export const openRequests = () => [...requests.values()].filter((r) => !r.settled).length;

/**
 * Puts a checked dataset where widgets naming `url` (absolute, http or https) find it, without a request; `undefined`
 * takes it away. The desk's live preview shows each edit this way: a page that only embeds the kit never calls it.
 */
export function provideDataset(url: string, dataset: Dataset | undefined): void {
  if (!dataset) return void requests.delete(url);
  const model: Model = { ...buildModel(dataset), url };
  requests.set(url, { promise: Promise.resolve(model), controller: new AbortController(), waiting: 0, settled: true });
}

/** Where a `src` is resolved (the page's `document.baseURI`: this module reads no DOM), and what ends the wait. */
export interface LoadOptions {
  /** What a relative `src` is resolved against (a widget passes its document's `baseURI`); an absolute `src` needs none. */
  readonly base?: string | URL | undefined;
  readonly signal?: AbortSignal | undefined;
}

/**
 * The dataset for a widget: the embedded one when `src` is empty, else the
 * one at `src`, resolved against `base`. `signal` aborts this widget's wait,
 * and the request itself when no other widget is waiting for it.
 */
export function loadDataset(value: string | undefined, { base, signal }: LoadOptions = {}): Promise<Model> {
  // A page may set the property to anything: only a string names a dataset; a number or an object is refused, not guessed at.
  if (value != null && typeof value !== 'string') return Promise.reject(new DatasetError('url', shownUrl(String(value))));
  const src = value ?? '';
  if (!src.trim()) return Promise.resolve().then(embeddedDataset);
  let url: string;
  try {
    url = datasetUrl(src, base).href;
  } catch (error) {
    return Promise.reject(error);
  }
  let request = requests.get(url);
  if (!request) {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new DatasetError('timeout', shownUrl(url), { message: String(loaderConfig.timeoutMs / 1000) })),
      loaderConfig.timeoutMs,
    );
    const entry: Request = {
      promise: fetchModel(url, controller.signal).finally(() => clearTimeout(timer)),
      controller,
      waiting: 0,
      settled: false,
    };
    entry.promise.then(
      () => (entry.settled = true),
      () => {
        entry.settled = true;
        if (requests.get(url) === entry) requests.delete(url);
      },
    );
    requests.set(url, (request = entry));
  }
  if (!signal) return request.promise;
  const current = request;
  current.waiting++;
  return new Promise<Model>((resolve, reject) => {
    let done = false;
    const finish = () => {
      if (done) return false;
      done = true;
      current.waiting--;
      signal.removeEventListener('abort', leave);
      return true;
    };
    function leave() {
      if (!finish()) return;
      if (current.waiting === 0 && !current.settled && requests.get(url) === current) {
        requests.delete(url);
        current.controller.abort();
      }
      reject(signal!.reason);
    }
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    current.promise.then(
      (model) => finish() && resolve(model),
      (error: unknown) => finish() && reject(error),
    );
  });
}
