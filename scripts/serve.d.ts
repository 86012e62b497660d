import type { Server } from 'node:http';

/** Starts a static file server on 127.0.0.1 (scripts/serve.js); `headers(path)` may add response headers. */
export function serve(options?: { port?: number; root?: string; headers?: (path: string) => Record<string, string> }): Promise<Server>;

/** The file under `root` that a URL path names, or undefined for one that cannot be decoded or that leaves the folder. */
export function fileIn(root: string, pathname: string): string | undefined;

/** Cross-origin isolation headers for every file, and for the embed page (README, Publish). */
export const ISOLATION: Readonly<Record<string, string>>;
export const EMBED_PAGE_ISOLATION: Readonly<Record<string, string>>;
