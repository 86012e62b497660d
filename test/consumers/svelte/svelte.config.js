// svelte-check reads this, not the kit's vite.config.ts: the app compiles with Svelte's defaults.
export default {};
