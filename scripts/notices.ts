/**
 * Third-party notices for the bundles: the licence of every npm package whose code the bundler actually put in a
 * bundle, read from the bundle's own module list (not from package.json, which names what might be bundled).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

export interface BundledPackage {
  readonly name: string;
  readonly version: string;
  readonly license: string;
  readonly licenseText: string;
}

/** The package a bundled module belongs to: `…/node_modules/@lit/task/task.js` → the folder of `@lit/task`. */
export function packageDir(id: string): string | undefined {
  const path = id.replace(/\\/g, '/').replace(/[?#].*$/, '');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const [first, second] = path.slice(at + '/node_modules/'.length).split('/');
  if (!first) return undefined;
  return path.slice(0, at) + '/node_modules/' + (first.startsWith('@') ? `${first}/${second}` : first);
}

/** Name, version, licence and licence text of a package folder; throws when the package ships no licence file. */
export function readPackage(dir: string): BundledPackage {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  if (!file) throw new Error(`${pkg.name} ${pkg.version} is bundled but ships no LICENSE file (${dir})`);
  return {
    name: pkg.name,
    version: pkg.version,
    license: pkg.license ?? 'see licence text',
    licenseText: readFileSync(join(dir, file), 'utf8').trim(),
  };
}

/** The notices file: one section per package, sorted by name. */
export function noticesText(kit: string, files: readonly string[], packages: readonly BundledPackage[]): string {
  const head = `${kit} bundles (${files.join(', ')}) contain the following third-party software.\n`;
  const sections = [...packages]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => `${'='.repeat(78)}\n${p.name} ${p.version} (${p.license})\n${'-'.repeat(78)}\n${p.licenseText}\n`);
  return [head, ...sections].join('\n');
}

/**
 * Writes dist/THIRD-PARTY-NOTICES.txt from the modules each output holds, including those that only re-export
 * (`lit` itself), and names it in a banner at the top of each bundle (`postBanner`: added after minification, which
 * would drop it). Every output of the build writes the file, built from all the outputs so far. Only in the kit's
 * library build: Storybook builds with the project's Vite config too.
 */
export function thirdPartyNotices(kit: string): Plugin {
  const packages = new Map<string, BundledPackage>();
  const files = new Set<string>();
  return {
    name: 'export-widgets:third-party-notices',
    apply: (config, env) => env.command === 'build' && Boolean(config.build?.lib),
    outputOptions: (options) => ({ ...options, postBanner: `/*! ${kit} | MIT | third-party licences: ${NOTICES_FILE} */` }),
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        files.add(chunk.fileName);
        for (const id of Object.keys(chunk.modules)) {
          const dir = packageDir(id);
          if (!dir || packages.has(dir)) continue;
          if (!existsSync(join(dir, 'package.json'))) this.error(`no package.json for bundled module ${id} in ${dirname(id)}`);
          try {
            packages.set(dir, readPackage(dir));
          } catch (error) {
            this.error((error as Error).message);
          }
        }
      }
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: noticesText(kit, [...files].sort(), [...packages.values()]) });
    },
  };
}
