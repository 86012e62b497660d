import type { BrowserLauncher } from '@web/test-runner';

export const ENGINES: readonly ['chromium', 'firefox', 'webkit'];
export const FIREFOX_PATH: string;
export const WEBKIT_BROWSER: string;
export const WEBKIT_CAPABILITIES: Record<string, unknown>;
export function startWebKitDriver(): Promise<{ port: number; stop(): void }>;
export function launcher(engine: string): BrowserLauncher;
