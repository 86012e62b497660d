/**
 * The social card page (card.html?widget=…&lang=…), which the build opens at a card's size and takes a screenshot of
 * (scripts/cards.ts). The widget is the kit's own rendering with its default attributes, from the dataset the kit
 * embeds: its heading, summary, figures and dataset line as a reader sees them, without its controls (they do
 * nothing in a picture), and its source notes shortened to one line of outlets and dates. A widget taller than the
 * card (the data grows) is laid out wider and scaled down to fit. When done, <html> carries `data-title` and `data-alt` (the heading and
 * the summary sentence, which the card index gives as its title and alt text) and `data-card`.
 */
import { toLang } from '../i18n/lang.js';
import { shared } from '../i18n/messages.js';

/** Controls and the long notes, hidden; the outlets and dates stay, as one line in the footer. */
const CARD = new CSSStyleSheet();
CARD.replaceSync('.toolbar, footer button, details.sources { display: none !important } footer .card-sources { margin: 0 }');

const params = new URLSearchParams(location.search);
const tag = params.get('widget') ?? '';
const lang = toLang(params.get('lang')) ?? 'ru';
document.documentElement.lang = lang;
const main = document.querySelector('main')!;

await customElements.whenDefined(tag);
const style = getComputedStyle(main);
const room = {
  width: main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
  height: main.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
};

/** The widget laid out `width` px wide, its charts drawn, with the card's rules and its sources in one line. */
async function laidOut(width: number): Promise<{ element: HTMLElement; root: ShadowRoot }> {
  const element = document.createElement(tag);
  element.setAttribute('lang', lang);
  element.setAttribute('theme', 'light');
  element.style.width = `${width}px`;
  // A card of an error message would be published as the widget's picture: the build stops on it instead.
  const ready = new Promise<void>((resolve) => {
    element.addEventListener('ew-ready', () => resolve(), { once: true });
    element.addEventListener('ew-error', (e) => (document.documentElement.dataset.card = `error: ${e.detail.message}`));
  });
  main.replaceChildren(element);
  // Lit attaches the shadow root on connection: the card's rules apply from the first render.
  const root = element.shadowRoot!;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, CARD];
  await ready;
  const notes = [...root.querySelectorAll('details.sources li')].map(
    (li) => `${li.querySelector('.outlet')?.textContent ?? ''}, ${li.querySelector('time')?.textContent ?? ''}`,
  );
  if (notes.length) {
    const line = document.createElement('p');
    line.className = 'card-sources';
    line.textContent = `${shared[lang].sources}: ${notes.join('; ')}`;
    root.querySelector('footer')?.prepend(line);
  }
  return { element, root };
}

let { element, root } = await laidOut(room.width);
let height = element.getBoundingClientRect().height;
if (height > room.height) {
  // Taller than the card: laid out again wider by the square root of the excess (a wider layout wraps less), so that
  // scaled down it fills the card's width rather than a narrow column in the middle.
  const width = Math.round(room.width * Math.sqrt(height / room.height));
  ({ element, root } = await laidOut(width));
  height = element.getBoundingClientRect().height;
  // A transform does not change the layout, so the charts keep the size they were drawn at.
  element.style.transformOrigin = 'top left';
  element.style.transform = `scale(${Math.min(room.height / height, room.width / width)})`;
}
const text = (selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
Object.assign(document.documentElement.dataset, { title: text('h2'), alt: text('.summary'), card: 'ready' });
