// A React 19 app as an embedder writes one: no wrapper, properties and events straight on the elements.
import 'export-widgets';
import type {} from 'export-widgets/react';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { AppState, ConsumerApp } from '../app.js';

const events: ConsumerApp['events'] = [];
const log = (e: CustomEvent) => void events.push({ type: e.type, tag: (e.currentTarget as Element).localName, detail: e.detail });
let state: AppState = { lang: 'en', theme: 'light', heading: 'Exports, from React state' };
let setState: (next: AppState) => void = () => {};

function App() {
  const [current, set] = useState(state);
  setState = set;
  return (
    <main>
      <export-growth
        lang={current.lang}
        theme={current.theme}
        heading={current.heading}
        comparison="years"
        onew-ready={log}
        onew-select={log}
      />
      <destination-list lang={current.lang} theme={current.theme} group-by="none" limit="3" onew-ready={log} onew-select={log} />
    </main>
  );
}

let root: Root | undefined;
window.app = {
  events,
  mount() {
    root = createRoot(document.getElementById('app')!);
    flushSync(() => root!.render(<App />));
  },
  unmount() {
    root?.unmount();
    root = undefined;
  },
  async set(change) {
    state = { ...state, ...change };
    flushSync(() => setState(state));
  },
};
