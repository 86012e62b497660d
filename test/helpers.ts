import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';

/** Renders a widget and waits until it says it is ready (data shown, charts drawn) or failed. */
export async function mount<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  let settle!: (event: Event) => void;
  const settled = new Promise<Event>((resolve) => (settle = resolve));
  document.addEventListener('ew-ready', settle, { once: true });
  document.addEventListener('ew-error', settle, { once: true });
  try {
    const el = await fixture<T>(template);
    await settled;
    return el;
  } finally {
    document.removeEventListener('ew-ready', settle);
    document.removeEventListener('ew-error', settle);
  }
}

/** Resolves once `count` widgets have said `ew-ready`; `each` sees every one of those events as it comes. */
export function readyEvents(count: number, each?: (event: Event) => void): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const onReady = (event: Event) => {
      each?.(event);
      if (++seen < count) return;
      document.removeEventListener('ew-ready', onReady);
      resolve();
    };
    document.addEventListener('ew-ready', onReady);
  });
}

/** The widget's shadow root, which every widget renders into. */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** A string with its whitespace (non-breaking spaces too) folded to single spaces. */
export const fold = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Text of a node, whitespace folded. */
export const textOf = (node: Node | null | undefined): string => fold(node?.textContent);

/** Number of canvas pixels that differ from a fully transparent one: how much the chart really drew. */
export function paintedPixels(canvas: HTMLCanvasElement): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
  return painted;
}

/** Clicks the widget's download button and returns the file it hands to the browser. */
export async function downloaded(el: Element): Promise<Blob> {
  const created: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => (created.push(blob as Blob), original(blob));
  // No real download: Firefox's downloads panel and WebKit's download handling then held the focus or the page's
  // frames, and later tests waited for keys or charts that never came.
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) click.call(this);
  };
  try {
    shadow(el).querySelector<HTMLButtonElement>('button.download')!.click();
  } finally {
    URL.createObjectURL = original;
    HTMLAnchorElement.prototype.click = click;
  }
  expect(created).to.have.length(1);
  return created[0]!;
}

/** The lines of a CSV file, without its byte-order mark. */
export const csvLines = async (blob: Blob) => (await blob.text()).replace(/^\ufeff/, '').split('\r\n');

export { fixtureCleanup };
