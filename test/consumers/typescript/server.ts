// What a server-rendered app's server gets from `export-widgets/server`: the renderer, typed, and the widgets' `ready`.
import { prerender, type PrerenderOptions } from 'export-widgets/server';
import type { ReadyDetail } from 'export-widgets';

const options: PrerenderOptions = { pageLang: 'uz' };
const code: string = prerender('export-growth', { lang: 'ru', comparison: 'years' }, options);
// @ts-expect-error attributes are text, as they stand in HTML
prerender('export-growth', { limit: 5 });

const ready: Promise<ReadyDetail> = document.createElement('key-figures').ready;
export { code, ready };
