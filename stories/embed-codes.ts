/**
 * The docs page's "Embed code" block (.storybook/docs-page.mdx): every form of embed code for the primary story's
 * current args, following the controls, each in Storybook's source block with its copy button, and the pre-rendered
 * form, made by the kit's server renderer (`prerender`, src/prerender/render.ts, which `npm run prerender` runs in
 * Node) here on the docs page. Plain `createElement` (the project has no JSX outside MDX).
 */
import { createElement, useContext, useEffect, useState } from 'react';
import { DocsContext, Source, useOf } from '@storybook/addon-docs/blocks';
import { STORY_ARGS_UPDATED } from 'storybook/internal/core-events';
import { publication } from 'virtual:kit';
import { isWidget, prerenderedCode } from '../src/embed/codes.js';
import type { WidgetTag } from '../src/widgets/registry.js';
import { codesFor, embedFor } from './kit.js';

type Args = Record<string, unknown>;

/**
 * The server renderer, loaded when a docs page first shows pre-rendered code. Lit's server renderer patches
 * `createRenderRoot` for a server, where no element is ever connected; the stories' widgets on this page need Lit's own.
 */
let renderer: Promise<typeof import('../src/prerender/render.js').prerender> | undefined;
function serverRenderer() {
  return (renderer ??= (async () => {
    const { LitElement } = await import('lit');
    const proto = LitElement.prototype as unknown as { createRenderRoot: unknown };
    const own = proto.createRenderRoot;
    try {
      return (await import('../src/prerender/render.js')).prerender;
    } finally {
      proto.createRenderRoot = own;
    }
  })());
}

/**
 * The widget's embed code with these args, from the dataset its `src` names (loaded by this page), else the embedded
 * one: undefined while it is made. Made again when the args change.
 */
function usePrerendered(tag: WidgetTag, args: Args): string | undefined {
  const [html, setHtml] = useState<string>();
  const key = JSON.stringify(args);
  useEffect(() => {
    let live = true;
    setHtml(undefined);
    const { attributes, properties } = embedFor(tag, args);
    const style = properties.map(([name, value]) => `${name}: ${value}`).join('; ');
    const all = Object.fromEntries([...attributes, ...(style ? [['style', style] as const] : [])]);
    void (async () => {
      const prerender = await serverRenderer();
      const dataset = all.src ? await (await fetch(new URL(all.src, document.baseURI))).json() : undefined;
      return prerender(tag, all, { dataset, pageLang: document.documentElement.lang || 'ru' });
    })().then(
      (code) => live && setHtml(code),
      (error: unknown) => live && setHtml(`<!-- No pre-rendered code for these controls: ${String(error).replaceAll('--', '—')} -->`),
    );
    return () => void (live = false);
  }, [tag, key]); // `key` stands for the args' values
  return html;
}

export function EmbedCodes() {
  const context = useContext(DocsContext);
  const { story } = useOf('story', ['story']);
  const [args, setArgs] = useState<Args>(() => context.getStoryContext(story).args);
  useEffect(() => {
    const update = ({ storyId, args }: { storyId: string; args: Args }) => void (storyId === story.id && setArgs(args));
    context.channel.on(STORY_ARGS_UPDATED, update);
    return () => context.channel.off(STORY_ARGS_UPDATED, update);
  }, [context, story.id]);
  const tag = String(story.component);
  if (!isWidget(tag)) throw new Error(`<${tag}> is not a widget of src/widgets/registry.ts`);
  const html = usePrerendered(tag, args);
  const prerendered = {
    id: 'prerendered',
    label: 'Pre-rendered',
    hint:
      'Figures before any script: the widget as HTML (painted at once, readable without JavaScript), then a small inline ' +
      'script that adds the kit after the first paint; the kit takes the widget over in place. Not for pages whose policy ' +
      'forbids inline styles; a page that forbids inline scripts allows this one by its hash. Made from the controls above.',
    code: html && prerenderedCode(publication, html),
  };
  return [prerendered, ...codesFor(tag, args)].map(({ id, label, hint, code }) =>
    createElement(
      'section',
      { key: id, className: 'ew-embed-code', 'data-form': id },
      createElement('h3', null, label),
      createElement('p', null, hint),
      code ? createElement(Source, { code, language: 'html', dark: true }) : createElement('p', { role: 'status' }, 'Rendering…'),
    ),
  );
}
