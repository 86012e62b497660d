// What the package ships beside the bundles, checked on the build: licence notices for every bundled
// package, the banner naming them, source maps, and every file package.json points at.
import { strict as assert } from 'node:assert';
import { originalPositionFor, TraceMap, type SourceMapInput } from '@jridgewell/trace-mapping';
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { packageDir, readPackage } from '../../scripts/notices.js';

const root = new URL('../../', import.meta.url).pathname;
const dist = (file: string) => join(root, 'dist', file);
const BUNDLES = ['export-widgets.js', 'export-widgets.iife.js'];
const notices = () => readFileSync(dist('THIRD-PARTY-NOTICES.txt'), 'utf8');

describe('third-party notices', () => {
  for (const bundle of BUNDLES) {
    it(`name every package whose code is in ${bundle}, with its version and licence text`, () => {
      // The source map is a second witness of what the bundler put in the file, independent of the notices plugin.
      const { sources } = JSON.parse(readFileSync(dist(`${bundle}.map`), 'utf8')) as { sources: string[] };
      const dirs = new Set(sources.map((s) => packageDir(join(dist(''), s))).filter((d): d is string => d !== undefined));
      assert.ok(dirs.size >= 5, `expected lit, chart.js, valibot… in the map, got ${[...dirs].join(', ')}`);
      const text = notices();
      for (const dir of dirs) {
        const pkg = readPackage(dir);
        assert.ok(
          text.includes(`\n${pkg.name} ${pkg.version} (${pkg.license})\n`),
          `${pkg.name} ${pkg.version} is bundled but not in the notices`,
        );
        assert.ok(text.includes(pkg.licenseText), `the notices lack ${pkg.name}'s licence text`);
      }
    });

    it(`${bundle} starts with Chrome's compile hint and a banner naming the notices, and ends with its source map`, () => {
      const code = readFileSync(dist(bundle), 'utf8');
      assert.match(
        code.slice(0, 200),
        /^\/\/# allFunctionsCalledOnLoad\n\/\*! export-widgets \d+\.\d+\.\d+ \| MIT \| third-party licences: THIRD-PARTY-NOTICES\.txt \*\/\n/,
      );
      assert.ok(code.trimEnd().endsWith(`//# sourceMappingURL=${bundle}.map`), 'no sourceMappingURL at the end');
      const map = JSON.parse(readFileSync(dist(`${bundle}.map`), 'utf8')) as { sources: string[]; sourcesContent: string[] };
      assert.ok(
        map.sources.some((s) => s.endsWith('src/shared/define.ts')),
        'the map does not point at the kit`s sources',
      );
      // The banner's lines come before the code: the map still leads from the code to its place in the sources.
      const lines = code.split('\n');
      const line = lines.findIndex((l) => l.includes('customElements.define('));
      const traced = originalPositionFor(new TraceMap(map as unknown as SourceMapInput), {
        line: line + 1,
        column: lines[line]!.indexOf('customElements.define('),
      });
      assert.match(traced.source ?? '', /src\/shared\/define\.ts$/, JSON.stringify(traced));
      assert.equal(map.sourcesContent.length, map.sources.length, 'the map does not carry its sources');
    });
  }

  it('refuse a bundled package that ships no licence file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-nolicence-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'no-licence', version: '1.0.0', license: 'MIT' }));
    assert.throws(() => readPackage(dir), /no-licence 1\.0\.0 is bundled but ships no LICENSE file/);
  });

  it('map a module to its package folder, scoped or nested', () => {
    assert.equal(packageDir('/a/node_modules/lit-html/lit-html.js'), '/a/node_modules/lit-html');
    assert.equal(packageDir('/a/node_modules/@lit/task/task.js?x'), '/a/node_modules/@lit/task');
    assert.equal(packageDir('/a/node_modules/x/node_modules/@s/y/z.js'), '/a/node_modules/x/node_modules/@s/y');
    assert.equal(packageDir('/a/src/index.ts'), undefined);
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const targets = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Object.values(value as Record<string, unknown>).flatMap(targets);

  it('points only at files the build wrote', () => {
    for (const file of [pkg.types, pkg['web-types'], pkg.customElements, ...targets(pkg.exports)])
      assert.ok(existsSync(join(root, file)), `package.json names ${file}, which the build did not write`);
  });

  it('has generated framework types that import each name once (a name imported twice does not compile)', () => {
    for (const file of ['jsx.d.ts', 'vue.d.ts', 'svelte.d.ts']) {
      const names = /import type \{([^}]*)\} from ["']\.\/index\.js["'];/.exec(readFileSync(dist(`types/${file}`), 'utf8'))![1]!.split(',');
      const trimmed = names.map((n) => n.trim()).filter(Boolean);
      assert.deepEqual(trimmed, [...new Set(trimmed)], file);
      assert.ok(trimmed.includes('SelectDetail'), `${file} does not type ew-select's detail`);
    }
  });
});

describe('the custom-elements manifest', () => {
  type Declaration = {
    tagName?: string;
    cssProperties?: { name: string; default?: string }[];
    members?: { name: string; privacy?: string }[];
    attributes?: { name: string; type?: { text: string }; default?: string }[];
  };
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

  it('documents every --ew-* property the styles read, with its default, on the widgets that read it', () => {
    const styles = execSync('git ls-files "src/**/*.styles.ts" src/shared/styles.ts', { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    const used = new Set(
      styles.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/var\((--ew-[a-z0-9-]+)/g)].map((m) => m[1]!)),
    );
    assert.ok(used.has('--ew-series-2') && used.has('--ew-dark-accent'), [...used].join(', '));
    const documented = new Map(elements.flatMap((e) => (e.cssProperties ?? []).map((p) => [p.name, p.default] as const)));
    for (const name of used) assert.ok(documented.get(name), `${name} is used but not documented with a default in the manifest`);
  });

  it('lists the attributes every widget shares on each widget, with their types (Storybook controls, editors)', () => {
    for (const element of elements) {
      const listed = new Map((element.attributes ?? []).map((a) => [a.name, a]));
      for (const name of ['src', 'lang', 'theme', 'heading']) assert.ok(listed.has(name), `${element.tagName} lacks ${name}`);
      assert.deepEqual(
        { type: listed.get('embed-link')?.type?.text, default: listed.get('embed-link')?.default },
        { type: 'boolean', default: 'false' },
        `${element.tagName}: embed-link`,
      );
    }
  });

  it('lists no private member', () => {
    for (const element of elements)
      for (const member of element.members ?? [])
        assert.ok(!member.name.startsWith('#') && member.privacy !== 'private', `${element.tagName} lists ${member.name}`);
  });
});
