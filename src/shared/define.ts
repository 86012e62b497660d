/** Defines a custom element once: loading the kit twice, or two builds of it, must not throw. */
export function define(name: string, element: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (!existing) customElements.define(name, element);
  else if (existing !== element)
    console.warn(`export-widgets: <${name}> is already defined by another copy of the kit; keeping the first.`);
}
