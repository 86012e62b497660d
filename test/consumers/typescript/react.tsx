// React 19 JSX: `import type {} from 'export-widgets/react'` adds the kit's elements, their props and events.
import type {} from 'export-widgets/react';

export const good = (
  <>
    <export-growth lang="en" theme="dark" comparison="years" onew-select={(e) => e.detail.id} onew-ready={(e) => e.detail.version} />
    <destination-list group-by="none" period="all" onew-select={(e) => e.detail.kind} />
    <key-figures layout="grid" figures="residents area" />
    <top-exporters by="sector" />
    <export-structure view="table" onew-error={(e) => e.detail.message} />
  </>
);

export const badValue = (
  // @ts-expect-error -- `theme` takes a string, not a number
  <export-growth theme={42} />
);
export const badDetail = (
  // @ts-expect-error -- a select event's detail has no `period`
  <export-growth onew-select={(e) => e.detail.period} />
);
export const badTag = (
  // @ts-expect-error -- not an element of the kit
  <export-growht />
);
