#!/usr/bin/env -S npx tsx
/**
 * Embed codes in a terminal, for maintainers: every form, for the folder `npm run build` wrote (site/publish.json).
 *   npm run embed -- export-growth lang=ru comparison=years --ew-accent=#0d4cd3
 *   npm run embed -- --prerendered export-growth lang=ru   the pre-rendered form only: the widget rendered in headless
 *                                                          Chromium and saved as HTML (scripts/prerender.ts), then the kit
 *   npm run embed -- --measure [width]   each widget's height on the embed page at a column width (default 640 px),
 *                                         in ru, en and uz, as the build measures them for the iframe codes
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { embedCodes, isWidget, prerenderedCode, WIDGETS, type Publication } from '../src/embed/codes.js';
import { COLUMN, measureEmbeds } from './embed-heights.js';
import { prerender } from './prerender.js';

const SITE = fileURLToPath(new URL('../site/', import.meta.url));
const args = process.argv.slice(2);
const prerendered = args.includes('--prerendered');
const [first, ...rest] = args.filter((arg) => arg !== '--prerendered');

if (first === '--measure') {
  const measured = await measureEmbeds(SITE, Number(rest[0] ?? COLUMN));
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
  const embed = {
    tag: first,
    attributes: pairs.filter(([name]) => !name.startsWith('--')),
    properties: pairs.filter(([name]) => name.startsWith('--')),
  };
  if (prerendered) {
    const style = embed.properties.map(([name, value]) => `${name}: ${value}`).join('; ');
    const attributes = Object.fromEntries([...embed.attributes, ...(style ? [['style', style] as const] : [])]);
    const html = await prerender({ tag: first, attributes }, { kit: fileURLToPath(new URL(publication.kit.file, `file://${SITE}`)) });
    console.log(
      `<!-- Pre-rendered: painted from its HTML before any script; the loader adds the kit after the first paint, and the kit takes the widget over. -->\n${prerenderedCode(publication, html)}`,
    );
  } else for (const { label, hint, code } of embedCodes(publication, embed)) console.log(`<!-- ${label}. ${hint} -->\n${code}\n`);
}
