/** The events a widget sends to its page; all bubble and cross the shadow boundary. */
import type { LoadErrorKind } from '../lib/load-errors.js';

export interface ReadyDetail {
  /** The dataset's version and the URL it came from (`embedded` for the built-in one). */
  readonly version: string;
  readonly src: string;
}
export interface ErrorDetail {
  /** The loader's kind of failure, or `unknown` for anything else that went wrong. */
  readonly kind: LoadErrorKind | 'unknown';
  /** What the widget shows, in its language. */
  readonly message: string;
  /** The technical detail, in English, for the page's developer: a validation issue's path and the checker's words. */
  readonly detail?: string;
}
export interface SelectDetail {
  /** What the reader picked: a period (`<export-growth>`'s bars) or a country code (`<destination-list>`'s rows). */
  readonly kind: 'period' | 'country';
  readonly id: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ew-ready': CustomEvent<ReadyDetail>;
    'ew-error': CustomEvent<ErrorDetail>;
    'ew-select': CustomEvent<SelectDetail>;
  }
}

export function emit<K extends 'ew-ready' | 'ew-error' | 'ew-select'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
