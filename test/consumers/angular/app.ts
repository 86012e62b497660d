// An Angular 21 app as an embedder writes one: the kit's directives type-check the attributes, and Angular types
// `(ew-select)` from the element itself (strictDomEventTypes).
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { EXPORT_WIDGETS } from 'export-widgets/angular';
import type { SelectDetail } from 'export-widgets';
import type { AppState, ConsumerApp } from '../app.js';

export const events: ConsumerApp['events'] = [];
export const state = signal<AppState>({ lang: 'en', theme: 'light', heading: 'Exports, from Angular state' });
/** Whether the widgets are in the page: the app stays, its `@if` block mounts and unmounts them. */
export const shown = signal(false);

@Component({
  selector: 'app-root',
  imports: [EXPORT_WIDGETS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown()) {
      <main>
        <export-growth
          [lang]="state().lang"
          [theme]="state().theme"
          [heading]="state().heading"
          comparison="years"
          (ew-ready)="log($event)"
          (ew-select)="select($event)"
        ></export-growth>
        <destination-list
          [lang]="state().lang"
          [theme]="state().theme"
          group-by="none"
          limit="3"
          (ew-ready)="log($event)"
          (ew-select)="$event.detail.kind && log($event)"
        ></destination-list>
      </main>
    }
  `,
})
export class App {
  readonly state = state;
  readonly shown = shown;
  log(e: CustomEvent): void {
    events.push({ type: e.type, tag: (e.currentTarget as Element).localName, detail: e.detail });
  }
  select(e: CustomEvent<SelectDetail>): void {
    const id: string = e.detail.id;
    if (id) this.log(e);
  }
}
