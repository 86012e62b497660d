/**
 * Pre-rendered embed code from a terminal or a build script: the built kit's Node entry (`prerender`, from
 * src/prerender/render.ts) renders each widget with Lit's server renderer. No browser is involved. Its templates are the
 * browser build's, minified alike, so the kit adopts the code it makes instead of rendering it again.
 *
 *   npm run prerender -- export-growth lang=ru comparison=years      prints the code of one widget
 *   npm run prerender -- key-figures --page-lang uz                  a widget without `lang` on a page in Uzbek
 *
 *   import { prerenderer } from './scripts/prerender.js';
 *   const made = await prerenderer();
 *   const html = await made.prerender({ tag: 'export-growth', attributes: { lang: 'ru' } });
 *
 * Needs the built kit (`npm run build:site`; or `kit` names another build's export-widgets.js, with its
 * export-widgets.node.js beside it). A `src` attribute names the dataset to render from: a file relative to `root`
 * (default: the current directory), or an http(s) URL; it stays in the code, for the kit to load in the browser.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface PrerenderSpec {
  /** The element: `export-growth`, `top-exporters`, `destination-list`, `export-structure` or `key-figures`. */
  readonly tag: string;
  /** Its attributes, as they will stand in the page (`lang`, `comparison`, `src`…). */
  readonly attributes?: Readonly<Record<string, string>>;
  /** The `lang` of the page around it, for a widget that inherits its language (default `ru`). */
  readonly pageLang?: string;
}

export interface PrerenderOptions {
  /** The kit's ES module build (default dist/export-widgets.js); its Node entry is the export-widgets.node.js beside it. */
  readonly kit?: string;
  /** Folder that relative `src` attributes are resolved against (default: the current directory). */
  readonly root?: string;
}

export interface Prerenderer {
  prerender(spec: PrerenderSpec): Promise<string>;
}

/** The dataset a `src` names, as JSON. */
async function datasetAt(src: string, root: string): Promise<unknown> {
  if (/^https?:/i.test(src)) {
    const response = await fetch(src);
    if (!response.ok) throw new Error(`${src}: ${response.status}`);
    return response.json();
  }
  return JSON.parse(await readFile(resolve(root, src.replace(/^\//, '')), 'utf8'));
}

/** The built kit's renderer. */
export async function prerenderer({
  kit = join(ROOT, 'dist/export-widgets.js'),
  root = process.cwd(),
}: PrerenderOptions = {}): Promise<Prerenderer> {
  const entry = join(dirname(kit), 'export-widgets.node.js');
  if (!existsSync(entry)) throw new Error(`${entry} not found: run \`npm run build:site\` first`);
  const { prerender } = (await import(pathToFileURL(entry).href)) as typeof import('../src/node.js');
  const datasets = new Map<string, Promise<unknown>>();
  return {
    async prerender({ tag, attributes = {}, pageLang = 'ru' }) {
      const src = attributes.src?.trim();
      if (src && !datasets.has(src)) datasets.set(src, datasetAt(src, root));
      return prerender(tag, attributes, { pageLang, ...(src ? { dataset: await datasets.get(src) } : {}) });
    },
  };
}

/** The embed code of one widget. */
export async function prerender(spec: PrerenderSpec, options?: PrerenderOptions): Promise<string> {
  return (await prerenderer(options)).prerender(spec);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const [tag, ...rest] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--page-lang');
  const at = args.indexOf('--page-lang');
  if (!tag || args.includes('--help')) {
    console.error('usage: npm run prerender -- <tag> [name=value …] [--page-lang ru|en|uz]');
    process.exit(tag ? 0 : 2);
  }
  const attributes = Object.fromEntries(
    rest.map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    }),
  );
  try {
    const html = await prerender({ tag, attributes, ...(at >= 0 ? { pageLang: args[at + 1]! } : {}) });
    if (html.includes('part="hint"'))
      console.error(`prerender: <${tag}> shows a note about an attribute value it does not know; see the code`);
    console.log(html);
  } catch (error) {
    console.error(`prerender: ${(error as Error).message}`);
    process.exit(1);
  }
}
