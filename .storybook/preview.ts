import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictInputType as InputType } from 'storybook/internal/types';
import { html } from 'lit';
import { manifest, type Declaration } from 'virtual:kit';
import { element, snippet, type WidgetParameters } from '../stories/kit.js';
import type { WidgetTag } from '../src/widgets/registry.js';
import DocsPage from './docs-page.mdx';
import { LANGS } from '../src/i18n/lang.js';
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
 * Controls from the manifest: an attribute whose type is a union of string literals (`'chart' | 'table'`) gets a
 * select of those values; `lang`, which takes any BCP 47 tag, a select of the kit's languages; a number attribute a
 * number field; anything else, and every CSS custom property, a text field. Events and parts get no control.
 */
const LITERAL_UNION = /^'[^']*'(?: \| '[^']*')+$/;
function valuesOf(name: string, argType: InputType): string[] | undefined {
  if (name === 'lang') return [...LANGS];
  const type = String(argType.table?.type?.summary ?? '');
  return LITERAL_UNION.test(type) ? type.split(' | ').map((value) => value.slice(1, -1)) : undefined;
}

const controls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]): [string, InputType] => {
      const category = argType.table?.category;
      if (category === 'events' || category === 'css shadow parts') return [name, { ...argType, control: false }];
      if (category === 'css custom properties') return [name, { ...argType, control: { type: 'text' } }];
      if (category !== 'attributes' && category !== 'properties') return [name, argType];
      const options = valuesOf(name, argType);
      if (options) return [name, { ...argType, options, control: { type: 'select' } }];
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
  render: (args, { component }) => element(component as WidgetTag, args),
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
          snippet(component as WidgetTag, args),
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
