'use client';
// One element three ways: React renders #hydrated on the server and hydrates it; #rerendered too, but its handler is a
// new function at each render, and the component renders again once mounted; #rendered only in the browser.
import type {} from 'export-widgets/react';
import { useEffect, useState } from 'react';

const received: { type: string; id: string }[] = [];
const log = (e: Event) => void received.push({ type: e.type, id: (e.currentTarget as Element).id });

export function Listening() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    window.propEvents = received;
    setMounted(true);
    void import('export-widgets');
  }, []);
  return (
    <>
      <destination-list id="hydrated" lang="en" group-by="none" limit="3" onew-ready={log} onew-select={log} />
      <destination-list id="rerendered" lang="en" group-by="none" limit="3" onew-select={(e) => log(e)} />
      {mounted && <destination-list id="rendered" lang="en" group-by="none" limit="3" onew-ready={log} onew-select={log} />}
    </>
  );
}
