// The three engines the browser suite runs in, from Debian's packages (.ci/run installs them): Chromium and Firefox
// driven by puppeteer-core (Firefox over WebDriver BiDi), WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb.
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_ARGS } from './shot.js';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_BROWSER = process.env.WEBKIT_BROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A free port on loopback, for the WebKit driver. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until something listens on the port (the driver takes a moment under Xvfb). */
async function listening(port, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`WebKitWebDriver did not start on port ${port} in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Starts `WebKitWebDriver` inside its own Xvfb display (MiniBrowser has no headless mode) and stops it with the run.
 * The display is taller than any page the tests open whole, since a window is no taller than its screen.
 * Downloads land in a temporary HOME so a CSV test never writes into the real one.
 */
export async function startWebKitDriver() {
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), 'ew-webkit-'));
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x5000x24', 'WebKitWebDriver', `--port=${port}`], {
    env: { ...process.env, HOME: home },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  await listening(port);
  return { port, stop };
}

export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER, args: ['--automation'] },
};

/** The web-test-runner launcher of one engine. */
export function launcher(engine) {
  if (engine === 'chromium')
    return chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [...CHROME_ARGS, '--js-flags=--expose-gc'],
      },
    });
  if (engine === 'firefox') {
    const firefox = chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
    });
    firefox.name = 'Firefox';
    return firefox;
  }
  if (engine === 'webkit') return new WebKitLauncher();
  throw new Error(`Unknown engine "${engine}": use one of ${ENGINES.join(', ')}`);
}

/** The WebDriver launcher, with the driver it talks to started on initialize and stopped with the run. */
class WebKitLauncher extends WebdriverLauncher {
  #driver;
  constructor() {
    super({ hostname: '127.0.0.1', port: 0, logLevel: 'error', capabilities: WEBKIT_CAPABILITIES });
  }
  async initialize(config) {
    this.#driver = await startWebKitDriver();
    // The options object is read when the session starts, after this.
    this.options.port = this.#driver.port;
    await super.initialize(config);
    this.name = 'WebKit';
  }
  async stop() {
    try {
      await super.stop();
    } finally {
      this.#driver?.stop();
    }
  }
}
