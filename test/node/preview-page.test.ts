// The pages `npm run preview-data` writes name the dataset's file: a file name is text on the page, never markup.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { previewPage } from '../../scripts/preview/html.js';

describe('the preview page', () => {
  it('shows a file name that holds markup as text', () => {
    const file = `data/"><img src=x onerror=alert(1)>&<script>alert(2)</script>.json`;
    const html = previewPage(file, 'ru');
    assert.doesNotMatch(html, /<img|<script>alert/);
    assert.ok(html.includes('data/&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&lt;script&gt;alert(2)&lt;/script&gt;.json'));
    assert.equal(html.match(/<script/g)?.length, 1, 'only the page’s own script');
  });
});
