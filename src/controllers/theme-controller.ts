import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { attributeText } from '../lib/attribute-text.js';

export type Theme = 'light' | 'dark';
export const THEMES = ['auto', 'light', 'dark'] as const;
export type ThemeSetting = (typeof THEMES)[number];

/**
 * The page's own dark-mode signal, in order: `data-theme` on <html> or
 * <body>, a `dark`/`light` class there, the root's `color-scheme`, then the
 * reader's OS setting. One observer serves every widget on the page.
 */
let cached: Theme | undefined;
export function pageTheme(): Theme {
  if (!cached) {
    cached = readPageTheme();
    setTimeout(() => (cached = undefined));
  }
  return cached;
}
function readPageTheme(): Theme {
  const root = document.documentElement;
  for (const el of [root, document.body]) {
    if (!el) continue;
    const data = el.getAttribute('data-theme') ?? el.getAttribute('data-color-scheme');
    if (data === 'dark' || data === 'light') return data;
    if (el.classList.contains('dark')) return 'dark';
    if (el.classList.contains('light')) return 'light';
  }
  const scheme = getComputedStyle(root).colorScheme.trim();
  if (scheme === 'dark' || scheme === 'only dark') return 'dark';
  if (scheme === 'light' || scheme === 'only light') return 'light';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const hosts = new Set<ReactiveControllerHost>();
let stopWatching: (() => void) | undefined;

function watchPage() {
  const notify = () => {
    cached = undefined;
    hosts.forEach((host) => host.requestUpdate());
  };
  const observer = new MutationObserver(notify);
  const options = { attributes: true, attributeFilter: ['class', 'data-theme', 'data-color-scheme', 'style'] };
  observer.observe(document.documentElement, options);
  if (document.body) observer.observe(document.body, options);
  const query = matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', notify);
  return () => {
    observer.disconnect();
    query.removeEventListener('change', notify);
  };
}

/**
 * Keeps a widget's resolved theme current: its `theme` setting, else the page's signal. A widget reads the page only
 * while connected: a server, which has none, renders `auto` in the light theme.
 */
export class ThemeController implements ReactiveController {
  /** The theme of the widget's last update; undefined before its first. */
  #rendered?: Theme;
  #connected = false;
  /** The theme of pre-rendered content the widget adopts: its first update keeps it, and the next one follows the page. */
  #adopted?: Theme;

  constructor(private readonly host: ReactiveControllerHost & { theme: unknown }) {
    host.addController(this);
  }

  /** True when the theme differs from the one the widget last rendered: the update to come switches it. */
  get changed(): boolean {
    return this.#rendered !== undefined && this.#rendered !== this.value;
  }

  hostUpdate() {
    this.#rendered = this.value;
  }

  hostUpdated() {
    if (this.#adopted === undefined) return;
    this.#adopted = undefined;
    if (this.changed) this.host.requestUpdate();
  }

  get value(): Theme {
    // As the widget's hint reads it: any case, a framework's array of one.
    const setting = attributeText(this.host.theme)?.trim().toLowerCase();
    if (setting === 'light' || setting === 'dark') return setting;
    return this.#adopted ?? (this.#connected ? pageTheme() : 'light');
  }

  /** The widget's next update renders `theme`, the theme of the pre-rendered content it adopts; then it follows the page. */
  adopt(theme: Theme) {
    this.#adopted = theme;
  }

  hostConnected() {
    this.#connected = true;
    hosts.add(this.host);
    stopWatching ??= watchPage();
  }

  hostDisconnected() {
    this.#connected = false;
    hosts.delete(this.host);
    if (hosts.size === 0) {
      stopWatching?.();
      stopWatching = undefined;
    }
  }
}
