// The hostable folder `npm run build` writes (site/) and the embed codes, checked without a browser;
// test/e2e/publish.test.ts serves the folder and pastes the codes.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import {
  embedCodes,
  FORMS,
  isThemeProperty,
  kitLoader,
  prerenderedCode,
  publicBase,
  publicBaseWarning,
  WIDGETS,
  type Publication,
} from '../../src/embed/codes.js';
import { TAGS } from '../../src/widgets/registry.js';

const root = new URL('../../', import.meta.url).pathname;
const site = join(root, 'site');
const read = (file: string) => readFileSync(join(site, file));
const gzip = (...files: string[]) => files.reduce((sum, file) => sum + gzipSync(read(file), { level: 9 }).length, 0);
const publication: Publication = JSON.parse(read('publish.json').toString('utf8'));
const sri = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

describe('site/', () => {
  it('has every file an embed needs, versioned with its integrity hash and under its stable alias', () => {
    for (const [file, alias] of [
      [publication.kit.file, 'export-widgets.js'],
      [publication.classic.file, 'export-widgets.iife.js'],
      [publication.resize.file, 'resize.js'],
    ] as const) {
      assert.match(file, /\.[0-9a-f]{10}\.js$/);
      assert.deepEqual(read(file), read(alias), `${alias} is ${file}`);
    }
    assert.deepEqual(read(publication.kit.file), readFileSync(join(root, 'dist/export-widgets.js')));
    assert.equal(publication.kit.integrity, sri(read(publication.kit.file)));
    assert.equal(publication.resize.integrity, sri(read(publication.resize.file)));
    for (const file of ['data/technopolis-moscow.json', 'data/dataset.schema.json', 'demo/index.html', 'storybook/index.html'])
      assert.ok(read(file).length > 100, file);
  });

  it('embed.html loads its script, style and the kit from the folder itself, with no inline script or style', () => {
    const html = read('embed.html').toString('utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((r) => r !== 'data:,');
    assert.equal(refs.length, 3);
    for (const ref of refs) assert.ok(readdirSync(site).includes(ref), `${ref} is in site/`);
    assert.ok(refs.includes(publication.kit.file));
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)|<style|\sstyle=/);
  });

  it('points the demo pages at the folder’s kit', () => {
    const news = read('demo/news.html').toString('utf8');
    // In the embed code's loaders (`"src":"../export-widgets.js"`) or a page's own script.
    assert.match(news, /src"?[=:]"\.\.\/export-widgets(\.iife)?\.js"/);
    assert.doesNotMatch(news, /\.\.\/dist\//);
  });

  it('keeps the resize script within 1.5 KB gzip and the embed page small', () => {
    assert.ok(gzip('resize.js') <= 1536, `resize.js: ${gzip('resize.js')} B gzip`);
    const page = readdirSync(site).filter((f) => /^embed\./.test(f));
    // 3 KB, and the link preview's tags (0.3 KB gzip: a heading and a summary sentence, twice) that crawlers read.
    assert.ok(gzip(...page) <= 3072 + 384, `${page.join(' + ')}: ${gzip(...page)} B gzip`);
  });
});

describe('embed codes', () => {
  it('know every widget of the registry, and no other', () => {
    assert.deepEqual(Object.keys(WIDGETS).sort(), [...TAGS].sort());
  });

  it('use absolute addresses under PUBLIC_URL, integrity and crossorigin where a script is loaded', () => {
    const pub = { ...publication, base: publicBase('https://cdn.example.org/export-widgets') };
    const codes = embedCodes(pub, {
      tag: 'export-growth',
      attributes: [
        ['lang', 'uz'],
        ['heading', 'A & "B"'],
      ],
      properties: [],
    });
    assert.deepEqual(
      codes.map((c) => c.id),
      FORMS.map((f) => f.id),
    );
    for (const { code } of codes) {
      for (const [, url] of code.matchAll(/src="([^"]+)"/g)) assert.match(url!, /^https:\/\/cdn\.example\.org\/export-widgets\//);
      for (const script of code.match(/<script[^>]*>/g) ?? []) assert.match(script, /integrity="sha384-[^"]+" crossorigin="anonymous"/);
    }
    const iframe = codes.find((c) => c.id === 'iframe')!.code;
    // The embed page takes no free text from its address: the heading stays in the script form only.
    assert.match(iframe, /embed\.html\?widget=export-growth&amp;lang=uz"/);
    assert.match(codes.find((c) => c.id === 'script')!.code, /heading="A &amp; &quot;B&quot;"/);
    assert.match(iframe, new RegExp(`height="${publication.heights['export-growth']}"`));
    assert.match(iframe, /title="Резидентлар экспорти: «Технополис Москва» МИЗ"/);
    assert.doesNotMatch(iframe, /\sstyle=/);
    assert.throws(() => publicBase('ftp://example.org/'), /http or https/);
  });

  it('pass only the kit’s own colours with a value that cannot escape its declaration', () => {
    assert.ok(isThemeProperty('--ew-accent', '#0d4cd3'));
    assert.ok(isThemeProperty('--ew-radius', '0.5rem'));
    for (const [name, value] of [
      ['--ew-accent', 'red; background: blue'],
      ['--ew-accent', 'red}body{color:red'],
      ['--ew-bg', 'url(https://tracker.example/x.png)'],
      ['--ew-bg', '\\75 rl(x)'],
      ['--other', 'red'],
      ['color', 'red'],
    ])
      assert.equal(isThemeProperty(name!, value!), false, `${name}: ${value}`);
  });

  it('take each property’s own grammar: colours for colours, lengths that do not follow the viewport for sizes', () => {
    for (const [name, value] of [
      ['--ew-accent', 'rebeccapurple'],
      ['--ew-dark-bg', 'rgb(13 76 211 / 50%)'],
      ['--ew-bar', 'hsl(210, 50%, 40%)'],
      ['--ew-surface', 'oklch(0.7 0.1 250)'],
      ['--ew-padding', '0.75em 1em'],
      ['--ew-padding', '0'],
      ['--ew-font-size', 'large'],
      ['--ew-chart-height', '16rem'],
    ])
      assert.ok(isThemeProperty(name!, value!), `${name}: ${value}`);
    for (const [name, value] of [
      ['--ew-bg', 'image-set("http://tracker.example/x.png" 1x)'],
      ['--ew-bg', "image-set('x.png')"],
      ['--ew-bg', 'linear-gradient(red, blue)'],
      ['--ew-bg', 'var(--x)'],
      ['--ew-accent', '10px'],
      ['--ew-padding', '60vh 1em'],
      ['--ew-min-height', '100dvh'],
      ['--ew-chart-height', '50%'],
      ['--ew-chart-height', 'calc(100vh - 1px)'],
      ['--ew-radius', 'red'],
      ['--ew-padding', '1px 1px 1px 1px 1px'],
    ])
      assert.equal(isThemeProperty(name!, value!), false, `${name}: ${value}`);
  });

  it('npm run embed prints every form for a widget and its attributes', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts/embed.ts'), 'export-growth', 'lang=ru', 'comparison=years'],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /<export-growth lang="ru" comparison="years"><\/export-growth>/);
    assert.equal(run.stdout.match(/<iframe src="[^"]*embed\.html\?widget=export-growth&amp;lang=ru&amp;comparison=years"/g)?.length, 2);
    assert.ok(run.stdout.includes(`${publication.base}${publication.resize.file}`));
    const wrong = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/embed.ts'), 'export-grow'], { encoding: 'utf8' });
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /widgets: destination-list, export-growth/);
  });

  it('npm run embed writes nothing for an attribute the widget does not have or a property outside the allow-list, and says why', () => {
    for (const arg of [
      'x><script>alert(2)</script',
      'onmouseover=alert(1)',
      'style=color:red',
      '--ew-accent=red; background: url(//x.test/a)',
      '--ew-padding=60vh',
    ]) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/embed.ts'), 'key-figures', 'lang=en', arg], {
        encoding: 'utf8',
      });
      assert.equal(run.status, 1, arg);
      assert.equal(run.stdout, '', arg);
      const name = arg.split('=')[0]!;
      assert.ok(run.stderr.includes(name), `${arg}: ${run.stderr}`);
      assert.match(run.stderr, /not an attribute of <key-figures> \(.*lang.*\)|takes (a colour|1 to 4 lengths)/, arg);
    }
  });

  it('PUBLIC_URL: refuses a user name or password, warns of http: off this machine, and escapes & in every address', () => {
    assert.throws(() => publicBase('https://user:pass@cdn.example.org/ew/'), /user name or password/);
    assert.throws(() => publicBase('https://user@cdn.example.org/ew/'), /user name or password/);
    assert.match(publicBaseWarning(publicBase('http://cdn.example.org/ew/')) ?? '', /mixed content/);
    for (const local of ['http://127.0.0.1:8080/', 'http://localhost:8080/ew/', 'http://[::1]:8080/', 'https://cdn.example.org/'])
      assert.equal(publicBaseWarning(publicBase(local)), undefined, local);
    const pub = { ...publication, base: publicBase('https://cdn.example.org/a&b/') };
    for (const { code } of embedCodes(pub, { tag: 'key-figures', attributes: [['lang', 'en']], properties: [] }))
      for (const [, url] of code.matchAll(/src="([^"]+)"/g)) assert.match(url!, /^https:\/\/cdn\.example\.org\/a&amp;b\//, code);
  });

  it('npm run embed -- --prerendered prints the widget rendered on the server, its dataset version, then the kit', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts/embed.ts'), '--prerendered', 'key-figures', 'lang=en'],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /<key-figures lang="en" data-prerendered="[^"]+" data-prerendered-from="[^"]+"><template shadowrootmode="open"/,
    );
    assert.ok(run.stdout.includes('in figures'), 'the generated English heading is in the HTML');
    // Then the kit's loader, with the kit's address and integrity.
    assert.match(
      run.stdout,
      /<\/key-figures>\n<script>\(function\(k\)\{.*\}\)\(\{"src":"[^"]+","integrity":"sha384-[^"]+",.*\}\)<\/script>/,
    );
  });

  it("the pre-rendered code's loader is one small inline script with the kit's address and integrity, and nothing can close it early", () => {
    const loader = kitLoader(publication);
    assert.match(loader, /^<script>[^<]*<\/script>$/);
    // Its note in three languages is half of it.
    assert.ok(Buffer.byteLength(loader) < 2600, `${Buffer.byteLength(loader)} bytes`);
    assert.ok(loader.includes(`"src":"${publication.base}${publication.kit.file}"`));
    assert.ok(loader.includes(`"integrity":"${publication.kit.integrity}"`));
    const hostile = kitLoader({ ...publication, base: 'https://cdn.example/</script><script>alert(1)</script>/' });
    assert.match(hostile, /^<script>[^<]*<\/script>$/);
    assert.ok(prerenderedCode(publication, '<key-figures></key-figures>').endsWith(`</key-figures>\n${loader}`));
  });
});
