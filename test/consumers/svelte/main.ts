import 'export-widgets';
import { flushSync, mount, unmount } from 'svelte';
import type {} from '../app.js';
import App from './App.svelte';
import { events, state } from './store.svelte.js';

let app: Record<string, unknown> | undefined;
window.app = {
  events,
  mount() {
    app = mount(App, { target: document.getElementById('app')! });
    flushSync();
  },
  unmount() {
    if (app) void unmount(app);
    app = undefined;
  },
  async set(change) {
    Object.assign(state, change);
    flushSync();
  },
};
