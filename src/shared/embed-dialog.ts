/**
 * The "Embed" dialog of a widget with `embed-link`: the embed codes of this widget as it is configured on the page,
 * each with a copy button. A native modal <dialog> (showModal): the browser keeps focus inside and closes it on Escape;
 * focus goes back to the button that opened it. The codes are made by src/shared/embed-codes.ts from what the build
 * published beside the kit (publish.json: the public address, the files' integrity hashes, the iframe heights),
 * fetched from the kit's own folder when the dialog first opens; nothing else is requested. The pre-rendered form
 * needs the server renderer, so the dialog points to the widget's documentation, where it is made.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { EmbedTerms } from '../i18n/messages.js';
import { embedCodes, isThemeProperty, type Embed, type Publication } from './embed-codes.js';

/**
 * The kit's own address, read as it loads: the module's, or the classic script's (its build has no `import.meta`).
 * publish.json sits beside it in the published folder.
 */
const KIT: string | undefined =
  import.meta.url || (typeof document === 'undefined' ? undefined : (document.currentScript as HTMLScriptElement | null)?.src);

let publication: Promise<Publication> | undefined;
/** publish.json, once per page; a failed load is tried again at the next opening. */
function published(): Promise<Publication> {
  return (publication ??= (async () => {
    const response = await fetch(new URL('publish.json', KIT ?? document.baseURI), { credentials: 'omit' });
    const value = (await response.json()) as Partial<Publication>;
    if (!response.ok || typeof value.base !== 'string' || typeof value.kit?.file !== 'string' || typeof value.heights !== 'object')
      throw new Error(`export-widgets: no publication at ${response.url} (${response.status})`);
    return value as Publication;
  })().catch((error: unknown) => {
    publication = undefined;
    throw error;
  }));
}

type Code = { readonly id: keyof EmbedTerms['forms']; readonly code: string };

export class EmbedDialog {
  #codes?: readonly Code[];
  #docs?: string;
  #failed = false;
  #status = '';

  constructor(
    private readonly host: ReactiveElement,
    /** The widget's language, resolved (its own `lang`, an ancestor's, else `ru`). */
    private readonly lang: () => string,
  ) {}

  get #root() {
    return this.host.shadowRoot;
  }

  /**
   * The widget as the codes give it: its attributes as set, its language as read, the kit's properties on its style,
   * and its heading as the iframe's title.
   */
  #embed(): Embed {
    const { host } = this;
    const known = (host.constructor as unknown as { observedAttributes: string[] }).observedAttributes;
    const attributes: [string, string][] = [...host.attributes]
      .filter((a) => known.includes(a.name) && a.name !== 'lang')
      // A dataset's address is relative to this page; elsewhere it needs its full address.
      .map((a) => [a.name, a.name === 'src' && a.value ? new URL(a.value, host.ownerDocument.baseURI).href : a.value]);
    const properties = [...host.style]
      .filter((name) => name.startsWith('--ew-'))
      .map((name): [string, string] => [name, host.style.getPropertyValue(name).trim()])
      .filter(([name, value]) => isThemeProperty(name, value));
    const title = this.#root?.querySelector('h2')?.textContent?.trim();
    return { tag: host.localName, attributes: [['lang', this.lang()], ...attributes], properties, ...(title && { title }) };
  }

  async open(): Promise<void> {
    this.#status = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#root?.querySelector<HTMLDialogElement>('dialog.embed')?.showModal();
    try {
      const made = await published();
      const embed = this.#embed();
      this.#codes = embedCodes(made, embed);
      this.#docs = `${made.base}storybook/?path=/docs/widgets-${embed.tag}--docs`;
      this.#failed = false;
    } catch (error) {
      console.warn(error);
      this.#failed = true;
    }
    this.host.requestUpdate();
  }

  async #copy(id: string, terms: EmbedTerms): Promise<void> {
    const area = this.#root?.querySelector<HTMLTextAreaElement>(`#embed-${id}`);
    if (!area) return;
    try {
      await navigator.clipboard.writeText(area.value);
      this.#status = terms.copied;
    } catch {
      // No clipboard (an insecure page, a refused permission): the code is selected for the reader's own Ctrl+C.
      area.focus();
      area.select();
      this.#status = terms.selected;
    }
    this.host.requestUpdate();
  }

  #close = (event: Event) => (event.target as Element).closest('dialog')?.close();

  /** Back to the button that opened it, which a closing dialog does not do in every engine. */
  #closed = () => this.#root?.querySelector<HTMLButtonElement>('button.embed-link')?.focus();

  /** The footer's button. */
  renderButton(terms: EmbedTerms): TemplateResult {
    return html`<button type="button" class="embed-link" aria-haspopup="dialog" @click=${() => this.open()}>${terms.open}</button>`;
  }

  renderDialog(terms: EmbedTerms, loading: string): TemplateResult {
    const codes = this.#codes;
    return html`<dialog class="embed" aria-labelledby="embed-title" @close=${this.#closed}>
      <div class="head">
        <h3 id="embed-title">${terms.title}</h3>
        <button type="button" class="close" @click=${this.#close}>${terms.close}</button>
      </div>
      ${
        this.#failed
          ? html`<p role="alert">${terms.failed}</p>`
          : !codes
            ? html`<p role="status">${loading}</p>`
            : codes.map(
                ({ id, code }) =>
                  html`<div class="code">
                    <label for="embed-${id}">${terms.forms[id].label}</label>
                    <p class="muted" id="embed-${id}-hint">${terms.forms[id].hint}</p>
                    <textarea
                      id="embed-${id}"
                      readonly
                      rows="5"
                      spellcheck="false"
                      aria-describedby="embed-${id}-hint"
                      .value=${code}
                    ></textarea>
                    <button type="button" @click=${() => this.#copy(id, terms)}>${terms.copy}</button>
                  </div>`,
              )
      }
      ${this.#docs ? html`<p>${terms.prerendered} <a href=${this.#docs} target="_blank" rel="noopener">${terms.docs}</a></p>` : nothing}
      <p class="copied" role="status">${this.#status}</p>
    </dialog>`;
  }
}
