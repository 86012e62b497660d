/** The preview pages' HTML (`npm run preview-data`): every widget reading the file by `src`, in one language. */
import { LANGS } from '../../src/i18n/lang.js';
import { TAGS } from '../../src/widgets/registry.js';

/** Text as HTML: a file name may hold `<`, `&` or quotes, and is shown, never run. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page for `lang`, naming the dataset `file` it previews (the file itself is served as data.json). */
export const previewPage = (file: string, lang: string) => `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Preview: ${escapeHtml(lang)}</title>
<style>body { font-family: system-ui, sans-serif; margin: 16px; } body > * { display: block; margin-block-end: 32px; }</style></head>
<body>
<p>${escapeHtml(file)}: ${LANGS.map((l) => `<a href="${l}.html">${l}</a>`).join(' · ')}</p>
${TAGS.map((tag) => `<${tag} data-preview lang="${escapeHtml(lang)}" src="data.json"></${tag}>`).join('\n')}
<script src="preview.js"></script>
</body>
</html>
`;
