/**
 * The resize script (site/resize.js), for host pages that allow scripts: sets the height of the kit's iframes to
 * their widget's, and re-dispatches the widgets' events (`ew-ready`, `ew-select`, `ew-error`) on the iframe, so a
 * page listens for them as it would with the script form. The kit's iframes are those marked `data-export-widgets`
 * and those whose address is the embed page beside this script. A message counts only if it comes from such an
 * iframe's own window and from the origin of its address; anything else is ignored. No dependencies; loading it
 * twice listens once.
 */
import { EVENT_MESSAGE, HEIGHT_MESSAGE } from './codes.js';

const KEY = Symbol.for('export-widgets.resize');
const page = window as Window & { [KEY]?: true };
if (!page[KEY]) {
  page[KEY] = true;
  const script = document.currentScript as HTMLScriptElement | null;
  const embed = script?.src ? new URL('embed.html', script.src).href : undefined;
  const ours = (frame: HTMLIFrameElement) => frame.hasAttribute('data-export-widgets') || (!!embed && frame.src.startsWith(embed));
  addEventListener('message', ({ data, source, origin }) => {
    if (!source) return;
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === source);
    if (!frame || !ours(frame) || origin !== new URL(frame.src, location.href).origin) return;
    if (data?.type === HEIGHT_MESSAGE && Number.isFinite(data.height) && data.height > 0)
      frame.style.height = `${Math.min(Math.ceil(data.height), 20000)}px`;
    else if (data?.type === EVENT_MESSAGE && /^ew-(ready|select|error)$/.test(data.event))
      frame.dispatchEvent(new CustomEvent(data.event, { detail: data.detail, bubbles: true }));
  });
}
