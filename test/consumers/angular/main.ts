// Angular's compiler links the partially compiled libraries (Angular's own, and the kit's directives) in the browser.
import '@angular/compiler';
import 'export-widgets';
import { enableProdMode, type ApplicationRef } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { App, events, shown, state } from './app.js';

// As an Angular build for production runs: development mode keeps debugging references to destroyed views.
enableProdMode();

// One app for the page's life, as in an Angular site; mounting shows the widgets, unmounting removes them, each
// rendered at once (an unmount and a mount in one task are two renders, as in the other apps).
let ref: ApplicationRef | undefined;
void bootstrapApplication(App).then((app) => (ref = app));
window.app = {
  events,
  mount() {
    shown.set(true);
    ref?.tick();
  },
  unmount() {
    shown.set(false);
    ref?.tick();
  },
  async set(change) {
    state.update((current) => ({ ...current, ...change }));
    ref?.tick();
  },
};
