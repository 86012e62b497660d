'use client';
// The kit in the browser, once React has hydrated the page. Each widget's `ready` gives its first ew-ready's detail,
// however late it is asked.
import type { ExportGrowth, KeyFigures } from 'export-widgets';
import { useEffect } from 'react';

export function Kit() {
  useEffect(() => {
    window.widgetsReady = import('export-widgets').then(() =>
      Promise.all([...document.querySelectorAll<KeyFigures | ExportGrowth>('key-figures, export-growth')].map((el) => el.ready)),
    );
  }, []);
  return null;
}
