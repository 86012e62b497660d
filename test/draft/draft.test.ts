import { expect } from '@open-wc/testing';
import { draftRelease } from '../../src/draft/draft.js';

const RELEASE = '/test/fixtures/releases/held-out/2021-h1-sez-exports';

describe('the release drafter in the browser', () => {
  it('drafts a release as in Node: every figure in place, with its fields', async () => {
    const text = await (await fetch(`${RELEASE}.txt`)).text();
    const expected = (await (await fetch(`${RELEASE}.expected.json`)).json()) as {
      date: string;
      figures: { in: string; value: number; unit: string; kind: string; period?: string; sectors?: string[] }[];
    };
    const draft = draftRelease(text, { source: 'release', date: expected.date });
    expect(draft.figures.length).to.equal(expected.figures.length);
    for (const e of expected.figures) {
      const from = text.indexOf(e.in);
      const found = draft.figures.find(
        (p) => p.figure.value === e.value && p.mentions.some((m) => m.at.start < from + e.in.length && m.at.end > from),
      );
      expect(found, e.in).to.not.equal(undefined);
      expect([found!.figure.kind, found!.figure.period, found!.figure.sectors ?? []]).to.deep.equal([e.kind, e.period, e.sectors ?? []]);
      expect(text.slice(found!.sentence.start, found!.sentence.end)).to.equal(found!.figure.citations![0]!.quote);
    }
    expect(draft.destinations.map((d) => d.destination.countries)).to.deep.equal([['KZ', 'IN', 'TR', 'VN']]);
  });
});
