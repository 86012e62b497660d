import { expect } from '@open-wc/testing';
import { DatasetError, loadDataset, openRequests } from '../../src/data/load.js';

/** Where the page resolves a relative `src`. */
const base = document.baseURI;
const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).href;

/** Counts the page's real fetches of a URL while `run` goes. */
async function countingFetches<T>(run: () => Promise<T>): Promise<{ result: T; fetches: string[] }> {
  const original = window.fetch;
  const fetches: string[] = [];
  window.fetch = (input, init) => {
    fetches.push(String(input));
    return original(input, init);
  };
  try {
    return { result: await run(), fetches };
  } finally {
    window.fetch = original;
  }
}

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('expected the load to fail');
}

describe('loadDataset', () => {
  it('gives the embedded dataset when there is no src, parsed once', async () => {
    const [a, b] = await Promise.all([loadDataset(undefined, { base }), loadDataset('  ', { base })]);
    expect(a).to.equal(b);
    expect(a.dataset.zone.id).to.equal('technopolis-moscow');
  });

  it('shares one request and one parsed copy among widgets naming the same URL', async () => {
    const url = `${fixture('other-zone.json')}?shared`;
    const { result, fetches } = await countingFetches(() =>
      Promise.all([
        loadDataset(url, { base, signal: new AbortController().signal }),
        loadDataset(url, { base }),
        loadDataset(url, { base, signal: new AbortController().signal }),
      ]),
    );
    expect(fetches).to.have.length(1);
    expect(result[0]).to.equal(result[1]);
    expect(result[1]).to.equal(result[2]);
    expect(result[0].dataset.zone.id).to.equal('example-zone');
    const later = await countingFetches(() => loadDataset(url, { base }));
    expect(later.fetches).to.have.length(0);
    expect(later.result).to.equal(result[0]);
  });

  it('reports a 404 with its status', async () => {
    const error = await failure(loadDataset(fixture('missing.json'), { base }));
    expect(error.kind).to.equal('http');
    expect(error.detail.status).to.equal(404);
  });

  it('reports malformed JSON', async () => {
    const error = await failure(loadDataset(fixture('truncated.json'), { base }));
    expect(error.kind).to.equal('json');
  });

  it('reports a wrong shape with the JSON path', async () => {
    const error = await failure(loadDataset(fixture('wrong-shape.json'), { base }));
    expect(error.kind).to.equal('invalid');
    expect(error.detail.issues![0]!.path).to.equal('$.sources');
  });

  it('refuses a URL that is not http(s) without making a request', async () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', '\u0001javascript:alert(1)']) {
      const { result, fetches } = await countingFetches(() => failure(loadDataset(src, { base })));
      expect(result.kind, src).to.equal('url');
      expect(fetches, src).to.have.length(0);
    }
  });

  it('lets a failed request be tried again', async () => {
    const url = fixture('missing.json?retry');
    await failure(loadDataset(url, { base }));
    const { fetches } = await countingFetches(() => failure(loadDataset(url, { base })));
    expect(fetches).to.have.length(1);
  });

  it('aborts the request when the last widget waiting for it goes away', async () => {
    const url = `${fixture('other-zone.json')}?abort`;
    const first = new AbortController();
    const second = new AbortController();
    const waits = [loadDataset(url, { base, signal: first.signal }), loadDataset(url, { base, signal: second.signal })];
    expect(openRequests()).to.equal(1);
    first.abort();
    expect(openRequests()).to.equal(1);
    second.abort();
    expect(openRequests()).to.equal(0);
    for (const wait of waits)
      await wait.then(
        () => expect.fail('should have been aborted'),
        () => undefined,
      );
  });
});
