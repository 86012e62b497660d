/** The events a widget sends to its page; all bubble and cross the shadow boundary. */
export interface ReadyDetail {
  /** The dataset's version and the URL it came from (`embedded` for the built-in one). */
  readonly version: string;
  readonly src: string;
}
export interface ErrorDetail {
  readonly kind: string;
  readonly message: string;
}
export interface SelectDetail {
  /** What the reader picked: a period, a country code, an exporter or figure id. */
  readonly kind: 'period' | 'country' | 'exporter' | 'figure';
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
