import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictInputType as InputType } from 'storybook/internal/types';
import { html } from 'lit';
import { manifest, type Declaration } from 'virtual:kit';
import { element, snippet, type WidgetParameters } from '../stories/kit.js';
import DocsPage from './docs-page.mdx';
import '../src/index.js';

/**
 * The manifest as Storybook should read it: public fields only, and a field that has an attribute is documented once,
 * under the attribute's HTML name (its property name added to the description when it differs).
 */
function forStorybook(declaration: Declaration): Declaration {
  if (!declaration.tagName) return declaration;
  const attributes = declaration.attributes ?? [];
  return {
    ...declaration,
    attributes: attributes.map((a) =>
      a.fieldName && a.fieldName !== a.name ? { ...a, description: `${a.description ?? ''} Property: \`${a.fieldName}\`.`.trim() } : a,
    ),
    members: (declaration.members ?? []).filter(
      (m) =>
        m.kind === 'field' &&
        !m.static &&
        (m.privacy ?? 'public') === 'public' &&
        !m.name.startsWith('#') &&
        !attributes.some((a) => a.fieldName === m.name),
    ),
  };
}
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({ ...module, declarations: module.declarations?.map(forStorybook) })),
});

/**
 * Controls from the manifest's text. An attribute gets a select of its values when its description lists them as
 * "`a`, `b` or `c`" (a remark in brackets may follow each), or when its type is `Alias | string` (an enum attribute
 * that also takes unknown text) and its description names the values in backticks; a number attribute gets a number
 * field; anything else, and every CSS custom property, a text field. Events and parts are listed without a control.
 */
const WORD = '`[a-z][a-z-]*`';
const LIST = new RegExp(`${WORD}(?: \\([^)]*\\))?(?:, ${WORD}(?: \\([^)]*\\))?)* or ${WORD}`);
const words = (text: string) => [...new Set(text.match(/(?<=`)[a-z][a-z-]*(?=`)/g) ?? [])];
function valuesOf(argType: InputType): string[] | undefined {
  const description = argType.description ?? '';
  const list = LIST.exec(description)?.[0];
  if (list) return words(list);
  const enumLike = /^[A-Z]\w* \| string$/.test(String(argType.table?.type?.summary ?? ''));
  const values = enumLike ? words(description) : [];
  return values.length > 1 ? values : undefined;
}

const controls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]): [string, InputType] => {
      const category = argType.table?.category;
      if (category === 'events' || category === 'css shadow parts') return [name, { ...argType, control: false }];
      if (category === 'css custom properties') return [name, { ...argType, control: { type: 'text' } }];
      if (category !== 'attributes' && category !== 'properties') return [name, argType];
      const options = valuesOf(argType);
      if (options)
        return [
          name,
          { ...argType, options, control: { type: 'select' }, table: { ...argType.table, type: { summary: options.join(' | ') } } },
        ];
      const number = /^number\b/.test(String(argType.table?.type?.summary ?? ''));
      return [name, { ...argType, control: { type: number ? 'number' : 'text' } }];
    }),
  );

/** Dataset URLs a story holds unanswered (`parameters.ew.hold`): fetch for them waits until the loader gives up. */
const held = new Set<string>();
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (!held.has(url)) return realFetch(input, init);
  return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true }));
};

/** The page around a widget (dark, narrow) and what the story expects of it, for the story test. */
const frame: Decorator = (story, { parameters, args }) => {
  const ew: WidgetParameters = parameters.ew ?? {};
  if (ew.hold && typeof args.src === 'string') held.add(new URL(args.src, document.baseURI).href);
  return html`<div class="ew-frame ${ew.frame ?? ''}" data-ew-expect=${ew.expect ?? 'ready'}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  // Every story names its language, so that its snippet shows the same widget on any page.
  args: { lang: 'ru' },
  render: (args, { component }) => element(component as string, args),
  decorators: [frame],
  argTypesEnhancers: [controls],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'none' },
    docs: {
      page: DocsPage,
      toc: false,
      // Every "Show code": the script form of the embed code for the story's current args.
      source: {
        type: 'dynamic',
        language: 'html',
        transform: (_code: string, { component, args }: { component?: unknown; args: Record<string, unknown> }) =>
          snippet(String(component), args),
      },
    },
    a11y: {
      context: '#storybook-root',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
      test: 'error',
    },
    options: { storySort: { order: ['Introduction', 'Widgets'] } },
  },
};
export default preview;
