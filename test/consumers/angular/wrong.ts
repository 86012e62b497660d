// Each use here is wrong, and ngc must say so (consumers.test.ts counts the errors, one a template line).
import { Component } from '@angular/core';
import { EXPORT_WIDGETS } from 'export-widgets/angular';

@Component({
  selector: 'app-wrong',
  imports: [EXPORT_WIDGETS],
  template: `
    <export-growth [comparison]="'decades'"></export-growth>
    <key-figures lang="de"></key-figures>
    <destination-list (ew-select)="($event.detail.period)"></destination-list>
    <top-exporters [by]="3"></top-exporters>
  `,
})
export class Wrong {}
