/**
 * The docs page's "Embed code" block (.storybook/docs-page.mdx): every form of embed code for the primary story's
 * current args, following the controls, each in Storybook's source block with its copy button. Plain
 * `createElement` (the project has no JSX outside MDX).
 */
import { createElement, useContext, useEffect, useState } from 'react';
import { DocsContext, Source, useOf } from '@storybook/addon-docs/blocks';
import { STORY_ARGS_UPDATED } from 'storybook/internal/core-events';
import { isWidget } from '../src/embed/codes.js';
import { codesFor } from './kit.js';

type Args = Record<string, unknown>;

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
  return codesFor(tag, args).map(({ id, label, hint, code }) =>
    createElement(
      'section',
      { key: id, className: 'ew-embed-code', 'data-form': id },
      createElement('h3', null, label),
      createElement('p', null, hint),
      createElement(Source, { code, language: 'html', dark: true }),
    ),
  );
}
