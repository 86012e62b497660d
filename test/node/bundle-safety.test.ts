// The built files run under `script-src 'self'` without 'unsafe-eval': no eval, no Function constructor, no timer
// given a string of code. Scans every .js file in dist/ (or $EW_DIST) as an embedder receives it.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const dist = resolve(process.env.EW_DIST ?? new URL('../../dist', import.meta.url).pathname);

/** Code from strings, in any spelling a minifier may leave. */
const EVAL: Record<string, RegExp> = {
  eval: /(?<![\w$])eval\s*\(|\[\s*["'`]eval["'`]\s*\]/g,
  'new Function': /\bnew\s+Function\b/g,
  'Function(': /(?<![\w$.])Function\s*\(/g,
  'constructor("code")': /\.constructor\s*\(\s*["'`]/g,
  'string timer': /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g,
};

function scan(code: string): string[] {
  return Object.entries(EVAL).flatMap(([name, re]) =>
    [...code.matchAll(re)].map((m) => `${name} at ${m.index}: …${code.slice(Math.max(0, m.index - 40), m.index + 40)}…`),
  );
}

describe('no code from strings in the built files', () => {
  const files = readdirSync(dist).filter((f) => f.endsWith('.js'));

  it('finds the built ES module and classic script', () => {
    assert.ok(files.includes('export-widgets.js') && files.includes('export-widgets.iife.js'), `${dist}: ${files.join(', ')}`);
  });

  for (const file of files) {
    it(`${file}: 0 hits for eval, new Function, Function(), constructor("…"), setTimeout/setInterval with a string`, () => {
      assert.deepEqual(scan(readFileSync(join(dist, file), 'utf8')), []);
    });
  }

  it('the scan catches each form (so a 0 above means something)', () => {
    const samples = [
      'eval("1")',
      'window.eval(x)',
      'a=globalThis["eval"];',
      'new Function("return 1")',
      'x=Function("return this")()',
      'e.constructor("return 1")',
      'setTimeout("go()",1)',
      'setInterval(`tick()`, 9)',
    ];
    assert.deepEqual(
      samples.map((s) => scan(s).length > 0),
      samples.map(() => true),
    );
    assert.deepEqual(scan('isFunction(a);o.evaluate(b);setTimeout(()=>1,0);retrieval(c);typeof Function'), []);
  });
});
