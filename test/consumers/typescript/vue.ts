// Vue: `import type {} from 'export-widgets/vue'` adds the kit's elements to GlobalComponents (templates, Volar).
import type {} from 'export-widgets/vue';
import type { GlobalComponents } from 'vue';

export const tags: (keyof GlobalComponents)[] = ['export-growth', 'top-exporters', 'destination-list', 'export-structure', 'key-figures'];
// @ts-expect-error -- not an element of the kit
export const unknown: keyof GlobalComponents = 'export-growht';
