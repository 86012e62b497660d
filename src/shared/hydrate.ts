/**
 * Lit's hydration: imported first by every entry that defines elements, before Lit defines LitElement, so that a widget
 * adopts its pre-rendered content (src/shared/prerendered.ts). A module of the kit's own, not the bare import in each
 * entry: the npm build (vite.npm.config.ts) puts an entry's imports of dependencies after its imports of the kit's
 * modules, which import Lit.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
