/**
 * JSON paths as a data maintainer reads them: `$.figures[43] (id "export-2025-h1").citations[0].quote` instead of a
 * bare list position, so that the figure is found by searching the file for its id.
 */

/** The lists whose items have an `id`. */
const LISTED = /^\$\.(sources|sectors|exporters|figures)\[(\d+)\]/;

export function namePath(path: string, data: unknown): string {
  const match = LISTED.exec(path);
  if (!match) return path;
  const list = (data as Record<string, unknown> | null)?.[match[1]!];
  const item: unknown = Array.isArray(list) ? list[Number(match[2])] : undefined;
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  if (typeof id !== 'string' || !id.trim()) return path;
  return `${match[0]} (id ${JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id)})${path.slice(match[0].length)}`;
}

/** Every path in a message that points into a list with ids, named the same way (a message may name a second item). */
export function nameIds<T extends { path: string; message: string }>(issue: T, data: unknown): T {
  return {
    ...issue,
    path: namePath(issue.path, data),
    message: issue.message.replace(/\$\.(?:sources|sectors|exporters|figures)\[\d+\]/g, (p) => namePath(p, data)),
  };
}
