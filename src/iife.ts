/**
 * Types of the classic script (`export-widgets/iife`, dist/export-widgets.iife.js): it defines every tag, and puts the
 * kit's exports on `window.ExportWidgets`. Nothing here runs.
 */
import type * as Kit from './index.js';

declare global {
  var ExportWidgets: typeof Kit;
}
