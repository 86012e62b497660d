import 'export-widgets';
import { createApp, nextTick, type App as VueApp } from 'vue';
import type {} from '../app.js';
import App from './App.vue';
import { events, state } from './store.js';

let app: VueApp | undefined;
window.app = {
  events,
  mount() {
    app = createApp(App);
    app.mount('#app');
  },
  unmount() {
    app?.unmount();
    app = undefined;
  },
  async set(change) {
    Object.assign(state, change);
    await nextTick();
  },
};
