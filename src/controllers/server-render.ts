/**
 * What the server renderer (src/prerender/render.ts) hands the widget it renders: on a server there is no page to
 * read a language or a theme from, and no time to wait for a dataset, so the widget renders from these at once.
 */
import type { Lang } from '../i18n/lang.js';
import type { Model } from '../data/model.js';

export interface ServerRender {
  /** The dataset the widget shows. */
  readonly model: Model;
  /** The language of the page around the widget, for a widget without `lang`. */
  readonly pageLang: Lang;
}

let current: ServerRender | undefined;

/** The render under way on a server; undefined in a browser. */
export const serverRender = (): ServerRender | undefined => current;

/** Runs `render` (which must render synchronously) with `context` as the server render under way. */
export function withServerRender<T>(context: ServerRender, render: () => T): T {
  current = context;
  try {
    return render();
  } finally {
    current = undefined;
  }
}
