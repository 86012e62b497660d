import { isServer } from 'lit';
import { VERSION } from '../version.js';

const KEY = Symbol.for('export-widgets.version');
const page = globalThis as typeof globalThis & { [KEY]?: string };
let checked = false;

/**
 * Defines a custom element once. Loading the kit twice defines nothing twice; a second, different version on the
 * same page keeps the first one's elements and says so in one console line. On a server (the package's Node build,
 * imported while a server-rendered app renders) there is no page: nothing is defined, not even in Lit's stand-in registry.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (isServer) return;
  if (!checked) {
    checked = true;
    const first = page[KEY];
    if (first === undefined) page[KEY] = VERSION;
    else if (first !== VERSION) console.warn(`export-widgets ${VERSION}: version ${first} is already on this page; keeping its elements.`);
  }
  if (!customElements.get(name)) customElements.define(name, element);
}
