/** Modules the stories import that Vite makes: `virtual:kit` (the `kit()` plugin in .storybook/main.ts) and MDX pages. */
declare module 'virtual:kit' {
  interface Item {
    name: string;
    description?: string;
    type?: { text: string };
    default?: string;
  }
  export interface Declaration {
    kind: string;
    name: string;
    tagName?: string;
    customElement?: boolean;
    description?: string;
    summary?: string;
    attributes?: (Item & { fieldName?: string })[];
    members?: (Item & { kind: string; privacy?: string; static?: boolean; attribute?: string })[];
    events?: Item[];
    cssProperties?: Item[];
    cssParts?: Item[];
    slots?: Item[];
  }
  export interface Manifest {
    schemaVersion: string;
    modules: { kind: string; path: string; declarations?: Declaration[] }[];
  }
  /** What `npm run build` published in site/: the embed codes' addresses and integrity hashes. */
  export const publication: import('../src/embed/codes.js').Publication;
  /** custom-elements.json as `npm run manifest` wrote it. */
  export const manifest: Manifest;
}

declare module '*.mdx' {
  const page: (props: Record<string, unknown>) => unknown;
  export default page;
}
