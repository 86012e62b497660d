/**
 * The social card page (card.html?widget=…&lang=…), which the build opens at a card's size and takes a screenshot of
 * (scripts/cards.ts). The widget is the kit's own rendering with its default attributes, from the dataset the kit
 * embeds: its heading, summary, figures and dataset line as a reader sees them, without its controls (they do
 * nothing in a picture), and its source notes shortened to one line of outlets and dates. A widget taller than the
 * card (the data grows) is scaled down to fit. When done, <html> carries `data-title` and `data-alt` (the heading and
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
const element = document.createElement(tag);
element.setAttribute('lang', lang);
element.setAttribute('theme', 'light');
// A card of an error message would be published as the widget's picture: the build stops on it instead.
const ready = new Promise<void>((resolve) => {
  element.addEventListener('ew-ready', () => resolve(), { once: true });
  element.addEventListener('ew-error', (e) => (document.documentElement.dataset.card = `error: ${e.detail.message}`));
});
main.append(element);
// Lit attaches the shadow root on connection: the card's rules apply from the first render.
const root = element.shadowRoot!;
root.adoptedStyleSheets = [...root.adoptedStyleSheets, CARD];
await ready;

const text = (selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const notes = [...root.querySelectorAll('details.sources li')].map(
  (li) => `${li.querySelector('.outlet')?.textContent ?? ''}, ${li.querySelector('time')?.textContent ?? ''}`,
);
if (notes.length) {
  const line = document.createElement('p');
  line.className = 'card-sources';
  line.textContent = `${shared[lang].sources}: ${notes.join('; ')}`;
  root.querySelector('footer')?.prepend(line);
}

const room = main.clientHeight - parseFloat(getComputedStyle(main).paddingTop) - parseFloat(getComputedStyle(main).paddingBottom);
const height = element.getBoundingClientRect().height;
// A transform does not change the layout, so the charts keep the size they were drawn at.
if (height > room) element.style.transform = `scale(${room / height})`;
Object.assign(document.documentElement.dataset, { title: text('h2'), alt: text('.summary'), card: 'ready' });
