import type { Browser } from 'puppeteer-core';

/** The flags headless Chromium needs on this kind of machine (scripts/shot.js). */
export const CHROME_ARGS: string[];
/** Headless Chromium (CHROME_PATH, else /usr/bin/chromium) with CHROME_ARGS and `extra`. */
export function launch(extra?: string[]): Promise<Browser>;
