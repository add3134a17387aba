// The store contract (contract.ts): full-text search over the paragraphs. Expected answers are
// built from the seed's paragraph texts by plain string search (indexOf), not by the ranking
// module the stores share, so a fault there shows here too.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../graph/src/model.ts';
import { DOC, view, type ContractSubject } from './contract-support.ts';
import type { GraphStore, TextHitRecord } from './types.ts';

/** Where each of `words` stands in `text` (every occurrence of each, as given), sorted. */
function rangesOf(text: string, words: readonly string[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) ranges.push({ start: at, end: at + word.length });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

export function describeTextSearchContract(subject: ContractSubject): void {
  let store: GraphStore;
  let seed: GraphData;
  beforeAll(() => {
    ({ store, seed } = subject);
  });
  const where = (hits: readonly TextHitRecord[]) => hits.map((h) => `${h.paragraph.document}#${h.paragraph.number}`);
  const mentionsOf = (n: number): string[] =>
    [...new Set(seed.mentions.filter((m) => m.document === DOC && m.paragraph === n).map((m) => m.entity))].sort();

  describe('textSearch', () => {
    it('finds the phrase first (paragraphs 1 and 10), then both words apart (17), then one of them', async () => {
      const hits = await store.textSearch('National Director', { first: 20 });
      expect(where(hits).slice(0, 3)).toEqual([`${DOC}#1`, `${DOC}#10`, `${DOC}#17`]);
      // Every paragraph with either word, whole words only: "nationally" ([10], [17]) is not "national".
      const either = seed.documents[0]!.paragraphs.filter((p) => /\b(national|director)\b/i.test(p.text)).map((p) => `${DOC}#${p.number}`);
      expect(where(hits).sort()).toEqual(either.sort());
    });

    it('highlights the phrase as one range and each other occurrence of a word, as offsets into the text', async () => {
      const [first, second, third] = await store.textSearch('national director', { first: 3 });
      const p1 = subject.paragraphText(1);
      const phrase = p1.indexOf('National Director');
      const campaign = p1.indexOf('National Campaign Director');
      expect(first?.highlights).toEqual([
        { start: phrase, end: phrase + 'National Director'.length },
        { start: campaign, end: campaign + 'National'.length },
        { start: campaign + 'National Campaign '.length, end: campaign + 'National Campaign Director'.length },
      ]);
      expect(second?.highlights).toEqual(rangesOf(subject.paragraphText(10), ['National Director']));
      expect(third?.highlights).toEqual(rangesOf(subject.paragraphText(17), ['National', 'Director']));
      expect(first?.highlights.map((r) => p1.slice(r.start, r.end))).toEqual(['National Director', 'National', 'Director']);
    });

    it('returns each hit with its whole paragraph and the entities it names, by name', async () => {
      const [hit] = await store.textSearch('National Director', { first: 1 });
      const source = seed.documents[0]!.paragraphs.find((p) => p.number === 1)!;
      expect(hit?.paragraph).toEqual({
        document: DOC,
        number: 1,
        section: source.section,
        text: source.text,
        repairs: source.repairs ?? [],
        mentions: mentionsOf(1),
      });
      const expected = mentionsOf(1)
        .map((id) => subject.node(id))
        .sort((a, b) => a.name.localeCompare(b.name, 'en'));
      expect(hit?.mentions.map(view)).toEqual(expected.map(view));
    });

    it('ignores case and accents, and punctuation around the words', async () => {
      const plain = await store.textSearch('national director', { first: 20 });
      expect(await store.textSearch('NATIONAL DIRÉCTOR', { first: 20 })).toEqual(plain);
      expect(await store.textSearch('  "national", director!  ', { first: 20 })).toEqual(plain);
    });

    it('reads Lucene syntax in the text as plain words, never as a query', async () => {
      const director = await store.textSearch('director', { first: 20 });
      expect(director.length).toBeGreaterThan(0);
      expect(await store.textSearch('director*', { first: 20 })).toEqual(director);
      expect(await store.textSearch('+director~2 ^', { first: 20 })).toEqual(director);
      expect(await store.textSearch('"director', { first: 20 })).toEqual(director);
      expect(await store.textSearch('\\ * ? ( ) [ ] { } : / && ||', { first: 20 })).toEqual([]);
      // NOT is a word here, not an operator: the paragraphs with "director" are still found.
      const notDirector = await store.textSearch('NOT director', { first: 100 });
      expect(where(director).filter((p) => !where(notDirector).includes(p))).toEqual([]);
    });

    it('keeps to one document when asked, and finds nothing in a document that does not exist', async () => {
      const all = await store.textSearch('briefings', { first: 20 });
      expect(await store.textSearch('briefings', { first: 20, document: DOC })).toEqual(all);
      expect(await store.textSearch('briefings', { first: 20, document: 'no-such-document' })).toEqual([]);
    });

    it('returns at most `first` hits, the best ones, and nothing for words no paragraph has', async () => {
      const all = await store.textSearch('party', { first: 100 });
      expect(all.length).toBeGreaterThan(5);
      expect(await store.textSearch('party', { first: 5 })).toEqual(all.slice(0, 5));
      expect(await store.textSearch('zyzzyva', { first: 20 })).toEqual([]);
    });

    it('finds nothing by stop words alone, but counts them inside a phrase', async () => {
      expect(await store.textSearch('the of and', { first: 20 })).toEqual([]);
      const hits = await store.textSearch('Director of the Liberal Party', { first: 20 });
      expect(where(hits).slice(0, 2).sort()).toEqual([`${DOC}#1`, `${DOC}#10`]);
      const p10 = subject.paragraphText(10);
      const hit10 = hits.find((h) => h.paragraph.number === 10);
      // The phrase is one range; "Liberal Party" elsewhere is highlighted word by word, "the" never alone.
      expect(hit10?.highlights.map((r) => p10.slice(r.start, r.end))).toEqual([
        'Director of the Liberal Party',
        'Liberal',
        'Party',
        'Liberal',
        'Party',
      ]);
    });
  });
}
