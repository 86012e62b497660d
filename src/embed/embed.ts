/**
 * The iframe embed page's script (site/embed.html): shows one widget configured by the query string, with the same
 * names and values as its attributes (`embed.html?widget=export-growth&lang=uz&comparison=years`), plus `--ew-…`
 * colours and sizes. The build's copies of the page for sharing (embed/<widget>.<lang>.html, whose link previews name
 * the widget's card) preset `widget` and `lang` on <main>; the query still sets the rest. It tells its parent its height whenever it changes and forwards the widget's events, in namespaced
 * messages (codes.ts) that the resize script reads. The kit itself is loaded by the page, from the same folder.
 *
 * The page speaks with the publisher's voice on the publisher's origin, so the address chooses only among what the
 * publisher ships: a dataset from the folder's own `data/`, no free text (`heading`), and properties of their grammar.
 * Anything else is named in a note and not used.
 */
import { EVENT_MESSAGE, FREE_TEXT, HEIGHT_MESSAGE, isWidget, refusedProperty, WIDGETS, type EmbedMessage } from './codes.js';

/** The folder's own datasets: JSON files in its `data/` (beside this script, which the pages in embed/ load from above), on its origin. */
const script = import.meta.url; // through a name: bundlers take `new URL('…', import.meta.url)` for a file to bundle
const DATA = new URL('data/', script);
const ownDataset = (value: string) => {
  try {
    const url = new URL(value, location.href);
    return url.origin === DATA.origin && url.pathname.startsWith(DATA.pathname) && url.pathname.endsWith('.json') && !url.search;
  } catch {
    return false;
  }
};

const params = new URLSearchParams(location.search);
const main = document.querySelector('main')!;
const framed = parent !== window;
const post = (message: EmbedMessage) => framed && parent.postMessage(message, '*');

/** A short note above the widget: a query parameter that was not used, and why. */
function note(text: string): void {
  const p = document.createElement('p');
  p.className = 'note';
  p.textContent = text;
  main.prepend(p);
}

new ResizeObserver(() =>
  post({ type: HEIGHT_MESSAGE, height: Math.ceil(document.documentElement.getBoundingClientRect().height) }),
).observe(document.documentElement);
for (const event of ['ew-ready', 'ew-select', 'ew-error'] as const)
  document.addEventListener(event, (e) => post({ type: EVENT_MESSAGE, event, detail: e.detail }));

const preset = main.dataset;
const tag = params.get('widget') ?? preset.widget ?? '';
if (preset.lang && !params.has('lang')) params.set('lang', preset.lang);
if (!isWidget(tag)) {
  main.classList.add('missing');
  note(
    `${tag ? `There is no widget "${tag}"` : 'No widget is named'}: add widget=… to the address, one of ` +
      `${Object.keys(WIDGETS).join(', ')}. / ${tag ? `Виджета «${tag}» нет` : 'Виджет не указан'}: ` +
      `добавьте в адрес widget=… (см. выше).`,
  );
} else {
  await customElements.whenDefined(tag);
  const element = document.createElement(tag);
  const known = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
  const ignored: string[] = [];
  for (const [name, value] of params) {
    if (name === 'widget') continue;
    if (name.startsWith('--')) {
      const refused = refusedProperty(name, value);
      if (refused) ignored.push(refused);
      else element.style.setProperty(name, value);
    } else if (FREE_TEXT.includes(name)) ignored.push(`${name} (free text is not taken from the address; the widget shows its own)`);
    else if (name === 'src' && !ownDataset(value)) ignored.push(`src (only the publisher's datasets, in ${DATA.pathname})`);
    else if (known.includes(name)) element.setAttribute(name, value);
    else ignored.push(`${name} (<${tag}> takes ${known.filter((n) => !FREE_TEXT.includes(n)).join(', ')})`);
  }
  if (ignored.length) note(`Not used: ${ignored.join('; ')}.`);
  element.addEventListener('ew-ready', () => {
    // The page speaks the widget's language and is titled with its heading, for screen readers inside the frame.
    const root = element.shadowRoot;
    document.documentElement.lang = root?.querySelector<HTMLElement>('[part~="base"]')?.lang || document.documentElement.lang;
    document.title = root?.querySelector('h2')?.textContent?.trim() || document.title;
  });
  main.append(element);
}
