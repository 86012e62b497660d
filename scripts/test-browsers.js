#!/usr/bin/env node
// The browser suite in each engine, one after another (side by side, three browsers on two cores time out):
// node scripts/test-browsers.js [chromium|firefox|webkit ...] [-- web-test-runner arguments]
import { spawnSync } from 'node:child_process';
import { ENGINES } from './browsers.js';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const named = split === -1 ? args : args.slice(0, split);
const rest = split === -1 ? [] : args.slice(split + 1);
const engines = named.length ? named : ENGINES;
const unknown = engines.filter((engine) => !ENGINES.includes(engine));
if (unknown.length) {
  console.error(`Unknown engine ${unknown.join(', ')}: use ${ENGINES.join(', ')}`);
  process.exit(2);
}

const failed = [];
for (const engine of engines) {
  const started = Date.now();
  console.log(`\n── browser suite in ${engine}`);
  const run = spawnSync('web-test-runner', rest, { stdio: 'inherit', env: { ...process.env, WTR_BROWSER: engine }, shell: false });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`── ${engine}: ${run.status === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
  if (run.status !== 0) failed.push(engine);
}
if (failed.length) {
  console.error(`\nThe browser suite failed in ${failed.join(', ')}.`);
  process.exit(1);
}
