import type { ReadyDetail } from 'export-widgets';

declare global {
  interface Window {
    /** Every widget's `ready` on the page (the consumer test reads it). */
    widgetsReady?: Promise<ReadyDetail[]>;
  }
}
