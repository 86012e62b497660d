/**
 * The resize script (site/resize.js), for host pages that allow scripts: sets the height of the kit's iframes to
 * their widget's, and re-dispatches the widgets' events (`ew-ready`, `ew-select`, `ew-error`) on the iframe, so a
 * page listens for them as it would with the script form. The kit's iframes are those whose address is the embed page
 * beside this script, in the page or in an open shadow root. A message counts only if it comes from such an iframe's
 * own window and from the embed page's origin (or "null", for an iframe sandboxed without `allow-same-origin`);
 * anything else is ignored, and an event passes on only its known fields, as text. No dependencies; loading it twice
 * listens once.
 */
import { EVENT_MESSAGE, HEIGHT_MESSAGE } from './messages.js';

/** The fields each event's `detail` has (src/shared/events.ts): nothing else a frame sends reaches the page. */
const FIELDS = { 'ew-ready': ['version', 'src'], 'ew-select': ['kind', 'id'], 'ew-error': ['kind', 'message', 'detail'] } as const;
type EventName = keyof typeof FIELDS;

const KEY = Symbol.for('export-widgets.resize');
const page = window as Window & { [KEY]?: true };
// From the prototype: a page's `<img name="querySelectorAll">` replaces the document's own.
const query = Document.prototype.querySelectorAll;

/** The iframe showing `source`: in the page, else in an open shadow root (a closed one cannot be seen into). */
function frameOf(source: MessageEventSource): HTMLIFrameElement | undefined {
  const shows = (frame: HTMLIFrameElement) => frame.contentWindow === source;
  const light = ([...query.call(document, 'iframe')] as HTMLIFrameElement[]).find(shows);
  if (light) return light;
  const roots: ShadowRoot[] = [];
  const walk = (root: Document | ShadowRoot) => {
    // A shadow root has no named properties to clobber; the document's method does not apply to it.
    for (const el of root === document ? query.call(document, '*') : root.querySelectorAll('*'))
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
  };
  walk(document);
  return roots.flatMap((root) => [...root.querySelectorAll('iframe')]).find(shows);
}

if (!page[KEY]) {
  page[KEY] = true;
  const script = document.currentScript as HTMLScriptElement | null;
  const embed = script?.src ? new URL('embed.html', script.src) : undefined;
  /** The embed page beside this script, whatever its query. */
  const ours = (frame: HTMLIFrameElement) => {
    try {
      const url = new URL(frame.src, location.href);
      return !!embed && url.origin === embed.origin && url.pathname === embed.pathname;
    } catch {
      return false;
    }
  };
  /** A sandboxed frame without `allow-same-origin` has the opaque origin "null", whoever's page it shows. */
  const opaque = (frame: HTMLIFrameElement) => frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
  addEventListener('message', ({ data, source, origin }) => {
    if (!source || !embed || (origin !== embed.origin && origin !== 'null')) return;
    const frame = frameOf(source);
    if (!frame || !ours(frame) || (origin === 'null' && !opaque(frame))) return;
    if (data?.type === HEIGHT_MESSAGE && Number.isFinite(data.height) && data.height > 0)
      frame.style.height = `${Math.min(Math.ceil(data.height), 20000)}px`;
    else if (data?.type === EVENT_MESSAGE && Object.hasOwn(FIELDS, data.event)) {
      const event = data.event as EventName;
      const fields = FIELDS[event].filter((field) => data.detail?.[field] != null);
      const detail = Object.fromEntries(fields.map((field) => [field, String(data.detail[field]).slice(0, 500)]));
      frame.dispatchEvent(new CustomEvent(event, { detail, bubbles: true, composed: true }));
    }
  });
}
