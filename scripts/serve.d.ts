import type { Server } from 'node:http';

/** Starts a static file server on 127.0.0.1 (scripts/serve.js); `headers(path)` may add response headers. */
export function serve(options?: { port?: number; root?: string; headers?: (path: string) => Record<string, string> }): Promise<Server>;
