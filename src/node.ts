/**
 * The package's Node entry, for server-rendered apps (Next.js, Nuxt, Astro) and build scripts: the kit's exports
 * (no element is defined on a server, src/shared/define.ts) and `prerender`, which makes a widget's embed code.
 */
export * from './index.js';
export { prerender, type PrerenderOptions } from './prerender/render.js';
