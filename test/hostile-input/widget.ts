/**
 * Widgets made by hand for the property tests (framework properties and generated values): each widget's declared
 * properties with their attribute names, read from the registry, and a widget put on the page until it says it is
 * ready or failed.
 */
import { TAGS, widgets, type WidgetTag } from '../../src/widgets/registry.js';

export { TAGS, type WidgetTag };

/** A widget's public reactive properties (internal `@state` left out) and the attribute each one reads. */
export function declared(tag: WidgetTag): { property: string; attribute: string; boolean: boolean }[] {
  return [...widgets[tag].elementProperties]
    .filter(([, options]) => !options.state)
    .map(([name, options]) => ({
      property: String(name),
      attribute: typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase(),
      boolean: options.type === Boolean,
    }));
}

/** The widget's next `ew-ready` or `ew-error` (or `nothing` when it sends neither in 10 s). */
export const outcome = (el: HTMLElement) =>
  new Promise<'ready' | 'error' | 'nothing'>((resolve) => {
    el.addEventListener('ew-ready', () => resolve('ready'), { once: true });
    el.addEventListener('ew-error', () => resolve('error'), { once: true });
    setTimeout(() => resolve('nothing'), 10_000);
  });

/** Appends `el` to the page and waits for its `ew-ready` or `ew-error`. */
export async function settle(el: HTMLElement): Promise<'ready' | 'error' | 'nothing'> {
  const settled = outcome(el);
  document.body.append(el);
  return settled;
}

/** What the widget shows: its text with whitespace folded, without its hints; and whether it shows a hint or an error. */
export function shown(el: Element) {
  const root = el.shadowRoot!;
  const hints = [...root.querySelectorAll('.hint')].map((h) => h.textContent ?? '');
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('.hint')) text += node.textContent;
  const fold = (t: string) => t.replace(/\s+/g, ' ').trim();
  return {
    text: fold(text),
    hints: hints.map(fold),
    error: Boolean(root.querySelector('[role="alert"]')),
    loading: Boolean(root.querySelector('.loading')),
  };
}
