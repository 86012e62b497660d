/**
 * The namespaced messages the embed page sends its parent, and the resize script reads. A module of their own, so
 * that the resize script carries nothing else of the embed codes.
 */
export const HEIGHT_MESSAGE = 'export-widgets:height';
export const EVENT_MESSAGE = 'export-widgets:event';
export type EmbedMessage =
  | { readonly type: typeof HEIGHT_MESSAGE; readonly height: number }
  | { readonly type: typeof EVENT_MESSAGE; readonly event: 'ew-ready' | 'ew-select' | 'ew-error'; readonly detail: unknown };
