/**
 * The docs page's "Embed code" block (.storybook/docs-page.mdx): every form of embed code for the primary story's
 * current args, following the controls, each in Storybook's source block with its copy button, and the pre-rendered
 * form: the same widget rendered off screen on this page and saved as HTML by the serializer `npm run prerender` uses.
 * Plain `createElement` (the project has no JSX outside MDX).
 */
import { createElement, useContext, useEffect, useState } from 'react';
import { DocsContext, Source, useOf } from '@storybook/addon-docs/blocks';
import { STORY_ARGS_UPDATED } from 'storybook/internal/core-events';
import { publication } from 'virtual:kit';
import { isWidget, prerenderedCode } from '../src/embed/codes.js';
import { serialize } from '../src/prerender/serialize.js';
import type { WidgetTag } from '../src/widgets/registry.js';
import { codesFor, embedFor } from './kit.js';

type Args = Record<string, unknown>;

/**
 * The widget with these args rendered off screen, in a 640 px column, and serialized once it is ready: undefined
 * while it renders. Rendered again when the args change.
 */
function usePrerendered(tag: WidgetTag, args: Args): string | undefined {
  const [html, setHtml] = useState<string>();
  const key = JSON.stringify(args);
  useEffect(() => {
    setHtml(undefined);
    const holder = document.createElement('div');
    // Off screen, out of the docs page's flow, at an article's width: the code carries no size of its own.
    holder.style.cssText = 'position: absolute; left: -10000px; top: 0; width: 640px';
    holder.inert = true;
    const el = document.createElement(tag);
    const { attributes, properties } = embedFor(tag, args);
    for (const [name, value] of attributes) el.setAttribute(name, value);
    for (const [name, value] of properties) el.style.setProperty(name, value);
    el.addEventListener('ew-ready', (event) => setHtml(serialize(el, event.detail.version)), { once: true });
    holder.append(el);
    document.body.append(holder);
    return () => holder.remove();
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
