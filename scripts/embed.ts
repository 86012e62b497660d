#!/usr/bin/env -S npx tsx
/**
 * Embed codes in a terminal, for maintainers: every form, for the folder `npm run build` wrote (site/publish.json).
 *   npm run embed -- export-growth lang=ru comparison=years --ew-accent=#0d4cd3
 *   npm run embed -- --prerendered export-growth lang=ru   the pre-rendered form only: the widget rendered by the
 *                                                          kit's server renderer (scripts/prerender.ts), then the kit
 *   npm run embed -- --measure [width]   each widget's height on the embed page at a column width (default 640 px),
 *                                         in ru, en and uz, as the build measures them for the iframe codes
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { embedCodes, isWidget, prerenderedCode, refusedProperty, WIDGETS, type Publication, type WidgetTag } from '../src/embed/codes.js';
import { COLUMN, measureEmbeds, withSite } from './embed-heights.js';
import { prerender } from './prerender.js';

const SITE = fileURLToPath(new URL('../site/', import.meta.url));
const MANIFEST = fileURLToPath(new URL('../custom-elements.json', import.meta.url));

/** Each widget's own attributes, as the custom-elements manifest the build wrote lists them. */
function attributesOf(tag: WidgetTag): string[] {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as {
    modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
  };
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  return (declaration?.attributes ?? []).map((a) => a.name);
}

/** What the code may carry: the widget's own attributes and the kit's properties with a value of their grammar. */
function refused(tag: WidgetTag, pairs: readonly (readonly [string, string])[]): string[] {
  const known = attributesOf(tag);
  return pairs.flatMap(([name, value]) => {
    const why = name.startsWith('--')
      ? refusedProperty(name, value)
      : known.includes(name)
        ? undefined
        : `${name}: not an attribute of <${tag}> (${known.join(', ')})`;
    return why ? [why] : [];
  });
}

const args = process.argv.slice(2);
const prerendered = args.includes('--prerendered');
const [first, ...rest] = args.filter((arg) => arg !== '--prerendered');

if (first === '--measure') {
  const measured = await withSite(SITE, (session) => measureEmbeds(session, Number(rest[0] ?? COLUMN)));
  for (const [tag, byLang] of Object.entries(measured))
    console.log(
      `${tag}: ${Object.entries(byLang)
        .map(([lang, height]) => `${lang} ${height}`)
        .join(', ')}`,
    );
} else if (!first || !isWidget(first)) {
  console.error(
    `usage: npm run embed -- [--prerendered] <widget> [attribute=value …] [--ew-…=value …]\n  widgets: ${Object.keys(WIDGETS).join(', ')}`,
  );
  process.exit(1);
} else {
  const publication: Publication = JSON.parse(readFileSync(`${SITE}publish.json`, 'utf8'));
  const pairs = rest.map((arg) => {
    const at = arg.indexOf('=');
    return at > 0 ? ([arg.slice(0, at), arg.slice(at + 1)] as const) : ([arg, ''] as const);
  });
  const wrong = refused(first, pairs);
  if (wrong.length) {
    console.error(`npm run embed: not used, so no code was written:\n${wrong.map((w) => `  ${w}`).join('\n')}`);
    process.exit(1);
  }
  const embed = {
    tag: first,
    attributes: pairs.filter(([name]) => !name.startsWith('--')),
    properties: pairs.filter(([name]) => name.startsWith('--')),
  };
  if (prerendered) {
    const style = embed.properties.map(([name, value]) => `${name}: ${value}`).join('; ');
    const attributes = Object.fromEntries([...embed.attributes, ...(style ? [['style', style] as const] : [])]);
    // Made by the Node entry of the build that site/ publishes (dist/): the same templates as the published kit.
    const html = await prerender({ tag: first, attributes });
    console.log(
      `<!-- Pre-rendered: painted from its HTML before any script; the loader adds the kit after the first paint, and the kit takes the widget over. -->\n${prerenderedCode(publication, html)}`,
    );
  } else for (const { label, hint, code } of embedCodes(publication, embed)) console.log(`<!-- ${label}. ${hint} -->\n${code}\n`);
}
