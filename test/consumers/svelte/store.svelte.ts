import type { AppState, ConsumerApp } from '../app.js';

export const state: AppState = $state({ lang: 'en', theme: 'light', heading: 'Exports, from Svelte state' });
export const events: ConsumerApp['events'] = [];
export const log = (e: CustomEvent) => void events.push({ type: e.type, tag: (e.currentTarget as Element).localName, detail: e.detail });
