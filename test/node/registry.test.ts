// The registry is the kit's one list of widgets: what src/index.ts gives users, the tests, benchmark and stories see.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import * as kit from '../../src/index.js';
import { TAGS, widgets } from '../../src/widgets/registry.js';

describe('the widget registry', () => {
  it('lists exactly the elements src/index.ts exports', () => {
    const elements = Object.values(kit).filter((value) => typeof value === 'function' && 'elementProperties' in value);
    assert.deepEqual(new Set(elements), new Set(Object.values(widgets)));
  });

  it('defines nothing in Node, where a server-rendered app imports the kit (each tag is defined in the browser: test/embedding.test.ts)', () => {
    for (const tag of TAGS) assert.equal(customElements.get(tag), undefined, `<${tag}>`);
  });
});
