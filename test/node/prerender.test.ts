// The server renderer (`prerender`, the package's Node entry) in plain Node, with no browser: for every widget in every
// language, from a fixture dataset, the embed code parses as HTML and carries the widget's heading, figures and
// sources in a declarative shadow root, with Lit's markers for the kit to adopt.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { formatAmount } from '../../src/i18n/format.js';
import { LANGS, LOCALE } from '../../src/i18n/lang.js';
import { prerender } from '../../src/node.js';
import { TAGS } from '../../src/widgets/registry.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const ROOT = join(dirname(new URL(import.meta.url).pathname), '../..');
const FIXTURE = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/other-zone.json'), 'utf8'));

const childrenOf = (node: Node): Node[] => [
  ...('childNodes' in node ? node.childNodes : []),
  ...('content' in node && node.content ? node.content.childNodes : []),
];
const all = (node: Node): Node[] => [node, ...childrenOf(node).flatMap(all)];
const elements = (node: Node, name: string) => all(node).filter((n): n is Element => 'tagName' in n && n.tagName === name);
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (node: Node): string =>
  all(node)
    .map((n) => (n.nodeName === '#text' && 'value' in n ? n.value : ''))
    .join('')
    .replace(/\s+/g, ' ');

describe('the server renderer', () => {
  for (const lang of LANGS)
    for (const tag of TAGS)
      it(`${tag}, ${lang}: parses, and carries the heading, the figures and the sources`, () => {
        const code = prerender(tag, { lang }, { dataset: FIXTURE });
        const errors: string[] = [];
        const fragment = parseFragment(code, { onParseError: (e) => errors.push(`${e.code} at ${e.startOffset}`) });
        assert.deepEqual(errors, []);
        const [host, ...rest] = fragment.childNodes;
        assert.equal(rest.length, 0, 'one element');
        assert.ok(host && 'tagName' in host && host.tagName === tag);
        assert.equal(attr(host, 'data-prerendered'), FIXTURE.version);
        const [root] = elements(host, 'template');
        assert.ok(root && attr(root, 'shadowrootmode') === 'open', 'a declarative shadow root');
        assert.ok(elements(root, 'style').length >= 1, 'its styles');
        const [base] = elements(root, 'section');
        assert.equal(base && attr(base, 'lang'), LOCALE[lang]);
        assert.ok(
          all(root).some((n) => n.nodeName === '#comment' && 'data' in n && n.data.startsWith('lit-part')),
          "Lit's markers",
        );
        const [heading] = elements(root, 'h2');
        assert.ok(heading && text(heading).includes(FIXTURE.zone.name[lang]), `the heading names the zone: ${heading && text(heading)}`);
        const shown = text(root);
        const figures = FIXTURE.figures.filter((f: any) => shown.includes(formatAmount(f.value, f.unit, f.qualifier, lang)));
        assert.ok(figures.length > 0, 'a figure of the dataset, formatted');
        const quotes = elements(root, 'blockquote').map(text);
        const cited = [...JSON.stringify(FIXTURE).matchAll(/"quote":("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!) as string);
        assert.ok(quotes.length > 0 && quotes.every((q) => cited.some((c: string) => q.includes(c))), 'the sources, quoted');
      });

  it('needs no browser: it runs with nothing but Node on the PATH', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        "import('./src/node.ts').then((m) => console.log(m.prerender('key-figures', { lang: 'en' }).slice(0, 12)))",
      ],
      { cwd: ROOT, encoding: 'utf8', env: { PATH: dirname(process.execPath), HOME: process.env.HOME ?? '/tmp' } },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), '<key-figures');
  });

  it('refuses a tag that another copy of the kit defined in the process, rather than render it without its data', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        "import('./src/node.ts').then((m) => { customElements.define('key-figures', class {}); m.prerender('key-figures'); })",
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.notEqual(run.status, 0, run.stdout);
    assert.match(run.stderr, /<key-figures> is defined in this process by another copy of export-widgets/);
  });

  it('refuses an unknown tag, an invalid dataset and a reserved attribute, with a message', () => {
    assert.throws(() => prerender('export-grow'), /not a widget of this kit/);
    assert.throws(() => prerender('key-figures', {}, { dataset: { format: 1 } }), /dataset is not valid/);
    assert.throws(() => prerender('key-figures', { 'data-prerendered': 'x' }), /cannot be an attribute/);
    assert.throws(() => prerender('key-figures', {}, { pageLang: 'de' }), /pageLang/);
  });
});
