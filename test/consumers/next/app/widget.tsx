// A widget's embed code, made on the server by the package's renderer: the browser attaches its content while it
// parses the page, and the kit (kit.tsx) adopts it.
import { prerender } from 'export-widgets/server';

export function Widget({ tag, attributes }: { tag: string; attributes: Record<string, string> }) {
  // React compares this div's innerHTML with the string on hydration, but the parser moved each <template> into its
  // element's shadow root, which innerHTML does not show: the same content, which React cannot see, reads as a mismatch.
  return <div suppressHydrationWarning dangerouslySetInnerHTML={{ __html: prerender(tag, attributes) }} />;
}
