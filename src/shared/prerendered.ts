/**
 * Takes over a widget whose embed code carries its content, pre-rendered, in a declarative shadow root
 * (`<template shadowrootmode="open">`, made by `npm run prerender`). The browser attaches that root while it parses
 * the page, so the reader sees the heading, figures, tables and sources before any script. When the kit loads, Lit
 * reuses the root (it is built for hydration) and would render beside the pre-rendered nodes: both would show.
 *
 * Instead the widget renders nothing while its dataset loads (the pre-rendered content stays painted, no "Loading…"),
 * and its first render with data or an error goes in after the pre-rendered nodes, which are removed in the same task:
 * no frame shows both or neither. What replaces them is the current dataset's content, so embed code made from an
 * older dataset (its `data-prerendered` version) is brought up to date by the same render.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { TaskStatus } from '@lit/task';
import type { Model } from '../data/model.js';

/** The attribute the embed code carries: the version of the dataset it was rendered from. */
export const PRERENDERED = 'data-prerendered';

export class PrerenderedController implements ReactiveController {
  /** The pre-rendered nodes, until the first render that replaces them. */
  #nodes?: ChildNode[];

  constructor(
    private readonly host: ReactiveElement & { readonly renderOptions: { renderBefore?: ChildNode | null } },
    private readonly data: { readonly status: TaskStatus; readonly value?: Model | undefined },
  ) {
    // An element upgraded after the parser attached its declarative shadow root has it already.
    const nodes = host.shadowRoot ? [...host.shadowRoot.childNodes] : [];
    if (nodes.length) this.#nodes = nodes;
    host.addController(this);
  }

  /** True while the pre-rendered content stands in for the widget: until its dataset has loaded or failed. */
  get holding(): boolean {
    const { status } = this.data;
    return this.#nodes !== undefined && status !== TaskStatus.COMPLETE && status !== TaskStatus.ERROR;
  }

  hostConnected(): void {
    // Lit renders before the root's first child; render after the pre-rendered nodes instead, so that they can go
    // without taking Lit's own end marker with them.
    if (this.#nodes) this.host.renderOptions.renderBefore = null;
  }

  hostUpdated(): void {
    if (!this.#nodes || this.holding) return;
    for (const node of this.#nodes) node.remove();
    this.#nodes = undefined;
    const made = this.host.getAttribute(PRERENDERED);
    const current = this.data.value?.dataset.version;
    if (made && current && made !== current)
      console.info(`<${this.host.localName}>: embed code made from dataset ${made}, showing ${current}. Generate it again to match.`);
  }
}
