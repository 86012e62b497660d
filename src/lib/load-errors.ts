/** Why a dataset could not be shown: each kind has its own message in every language (src/i18n/messages.ts). */
export type LoadErrorKind = 'url' | 'network' | 'timeout' | 'http' | 'size' | 'json' | 'invalid';
