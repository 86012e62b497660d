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
import { validateDataset, type DataIssue } from './validate.js';

export type { LoadErrorKind };

export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly kind: LoadErrorKind,
    /** The `src` as given, or the resolved URL. */
    readonly src: string,
    readonly detail: { status?: number; issues?: readonly DataIssue[]; message?: string } = {},
  ) {
    super(`${kind}: ${src}${detail.status ? ` (${detail.status})` : ''}${detail.message ? ` ${detail.message}` : ''}`);
  }
}

/** Tunables, exported for tests and for pages that want a longer wait. */
export const loaderConfig = { timeoutMs: 10_000, maxBytes: 10 * 1024 * 1024 };

function toModel(json: unknown, src: string): Model {
  const result = validateDataset(json);
  if (!result.ok) throw new DatasetError('invalid', src, { issues: result.issues });
  return buildModel(result.dataset);
}

let embeddedModel: Model | undefined;
/** The dataset built into the bundle. The build checked it (vite.config.ts), so a page does not check it again. */
function embeddedDataset(): Model {
  return (embeddedModel ??= buildModel(embedded as Dataset));
}

/** Resolves `src` against `base` (the page's base URL); only http(s) URLs are fetched (no javascript:, data:, file:). */
function datasetUrl(src: string, base: string | URL): URL {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    throw new DatasetError('url', src);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DatasetError('url', src);
  return url;
}

async function fetchModel(url: string, signal: AbortSignal): Promise<Model> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit', headers: { accept: 'application/json' } });
  } catch {
    throw signal.reason instanceof DatasetError ? signal.reason : new DatasetError('network', url);
  }
  if (!response.ok) throw new DatasetError('http', url, { status: response.status });
  if (Number(response.headers.get('content-length')) > loaderConfig.maxBytes) throw new DatasetError('size', url);
  const text = await response.text().catch(() => {
    throw signal.reason instanceof DatasetError ? signal.reason : new DatasetError('network', url);
  });
  if (text.length > loaderConfig.maxBytes) throw new DatasetError('size', url);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const type = response.headers.get('content-type') ?? '';
    throw new DatasetError('json', url, { message: `${(error as Error).message}${type && !type.includes('json') ? ` [${type}]` : ''}` });
  }
  return toModel(json, url);
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

/** Where a `src` is resolved (the page's `document.baseURI`: this module reads no DOM), and what ends the wait. */
export interface LoadOptions {
  readonly base: string | URL;
  readonly signal?: AbortSignal | undefined;
}

/**
 * The dataset for a widget: the embedded one when `src` is empty, else the
 * one at `src`, resolved against `base`. `signal` aborts this widget's wait,
 * and the request itself when no other widget is waiting for it.
 */
export function loadDataset(value: string | undefined, { base, signal }: LoadOptions): Promise<Model> {
  // A page may set the property to anything: only a string names a dataset; a number or an object is refused, not guessed at.
  if (value != null && typeof value !== 'string') return Promise.reject(new DatasetError('url', String(value)));
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
      () => controller.abort(new DatasetError('timeout', url, { message: String(loaderConfig.timeoutMs / 1000) })),
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
