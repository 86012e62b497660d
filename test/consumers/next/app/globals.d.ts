import type { ReadyDetail } from 'export-widgets';

declare global {
  interface Window {
    /** Every widget's `ready` on the page (the consumer test reads it). */
    widgetsReady?: Promise<ReadyDetail[]>;
    /** The events React's props received, by the element's id (the consumer test reads them). */
    propEvents?: { type: string; id: string }[];
  }
}
