/*! @license MIT export-widgets | Copyright (c) 2026 the export-widgets authors | https://www.npmjs.com/package/export-widgets */
import { isServer } from 'lit';
import { VERSION } from '../version.js';

const KEY = Symbol.for('export-widgets.version');
const ELEMENTS = Symbol.for('export-widgets.elements');
const page = globalThis as typeof globalThis & { [KEY]?: string; [ELEMENTS]?: WeakSet<CustomElementConstructor> };
let checked = false;

/**
 * Defines a custom element once. Loading the kit twice defines nothing twice; a second, different version on the
 * same page keeps the first one's elements and says so in one console line. A tag another script defined first keeps
 * that script's element, and the console names both, with the way to register the kit's class under another name. On
 * a server (the package's Node build, imported while a server-rendered app renders) there is no page: nothing is
 * defined, not even in Lit's stand-in registry.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (isServer) return;
  if (!checked) {
    checked = true;
    const first = page[KEY];
    if (first === undefined) page[KEY] = VERSION;
    else if (first !== VERSION) console.warn(`export-widgets ${VERSION}: version ${first} is already on this page; keeping its elements.`);
  }
  // Every build of the kit on the page adds its classes here, so that a tag held by another copy is not called foreign.
  const kit = (page[ELEMENTS] ??= new WeakSet());
  kit.add(element);
  const existing = customElements.get(name);
  if (!existing) customElements.define(name, element);
  else if (!kit.has(existing) && page[KEY] === VERSION)
    console.warn(
      `export-widgets ${VERSION}: <${name}> is already defined by another script (${existing.name}), not by this kit: ` +
        `see the README to define the kit's element under another name.`,
    );
}
