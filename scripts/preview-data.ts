#!/usr/bin/env -S npx tsx
/**
 * npm run preview-data -- <dataset.json> [--out <folder>] [--no-serve] [--port <n>]
 *
 * Shows a dataset the way readers will see it, before it is published: every widget in Russian, English and Uzbek
 * reading the file by `src` (as a published copy is read), with screenshots at 360 and 1200 px written to the out
 * folder (`preview/` by default), and a list of warnings to look at:
 * - what `npm run validate-data` says about the file;
 * - a widget that shows an error instead of figures;
 * - value labels that overlap each other or a bar, or run off their chart;
 * - a period whose only export figures are derived (computed by the kit), so readers see no reported figure for it.
 * Then it keeps serving the pages for a look in a browser, until Ctrl+C (not with --no-serve). Exits 1 when a widget
 * shows an error, else 0: warnings are for a person to judge.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildModel } from '../src/data/model.js';
import { validateDataset } from '../src/data/validate.js';
import { derivedOnlyPeriods } from '../src/data/warnings.js';
import { LANGS } from '../src/i18n/lang.js';
import { bundle } from './bundle.js';
import { validateFile } from './dataset-file.js';
import { previewPage } from './preview/html.js';
import type { WidgetReport } from './preview/page.js';
import { serve } from './serve.js';
import { launch } from './shot.js';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const WIDTHS = [360, 1200] as const;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'preview' },
    'no-serve': { type: 'boolean', default: false },
    port: { type: 'string', default: '0' },
  },
});
const file = positionals[0];
if (!file) {
  console.error('usage: npm run preview-data -- <dataset.json> [--out <folder>] [--no-serve] [--port <n>]');
  process.exit(2);
}
const out = resolve(values.out);
const warnings: string[] = validateFile(file).map((issue) => `validate-data: ${issue.path}: ${issue.message}`);
warnings.push(...derivedOnly(file));

/** Periods whose export figures are all derived: a reader sees only the kit's own arithmetic for them. */
function derivedOnly(path: string): string[] {
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) return [];
  return derivedOnlyPeriods(buildModel(result.dataset)).map(
    ({ period, ids }) => `data: period ${period} has only derived export figures (${ids.join(', ')}): no source states it`,
  );
}

// The pages: one per language, every widget reading the file by `src`, and the kit with the report script.
const site = mkdtempSync(join(tmpdir(), 'ew-preview-'));
symlinkSync(resolve(file), join(site, 'data.json'));
writeFileSync(
  join(site, 'preview.js'),
  await bundle(join(ROOT, 'scripts/preview/page.ts'), { format: 'iife', name: 'ExportWidgetsPreview' }),
);
for (const lang of LANGS) writeFileSync(join(site, `${lang}.html`), previewPage(file, lang));
writeFileSync(join(site, 'index.html'), previewPage(file, LANGS[0]));

const server = (await serve({ root: site, port: Number(values.port) })) as Server;
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
mkdirSync(out, { recursive: true });
const shots: string[] = [];
let errors = 0;
const browser = await launch();
try {
  const tab = await browser.newPage();
  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      await tab.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await tab.goto(`${origin}/${lang}.html`, { waitUntil: 'load' });
      const reports = (await tab.evaluate('previewReport()')) as WidgetReport[];
      for (const { tag, error, problems } of reports) {
        if (error !== undefined && width === WIDTHS[0]) {
          errors++;
          warnings.push(`<${tag} lang="${lang}">: shows an error: ${error}`);
        }
        warnings.push(...problems.map((p) => `<${tag} lang="${lang}"> at ${width} px: ${p}`));
      }
      const shot = join(out, `${lang}-${width}.png`);
      await tab.screenshot({ path: shot as `${string}.png`, fullPage: true });
      shots.push(relative(process.cwd(), shot));
    }
  }
} finally {
  await browser.close();
}

console.log(`Screenshots (look at each before publishing):\n${shots.map((s) => `  ${s}`).join('\n')}`);
console.log(warnings.length ? `Warnings (${warnings.length}):\n${warnings.map((w) => `  ${w}`).join('\n')}` : 'Warnings: none');
if (values['no-serve']) {
  server.close();
  rmSync(site, { recursive: true, force: true });
} else {
  console.log(`Serving the pages at ${origin}/ (ru.html, en.html, uz.html); Ctrl+C to stop.`);
  process.on('SIGINT', () => {
    rmSync(site, { recursive: true, force: true });
    process.exit(errors ? 1 : 0);
  });
}
process.exitCode = errors ? 1 : 0;
