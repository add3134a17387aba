import { describe, expect, it } from 'vitest';
import { luceneQuery, matchText, mergeRanges, queryWords, rankParagraphs, wordsOf } from './text-search.ts';

// Fictional paragraphs, made up for these tests.
const doc = (document: string, number: number, text: string) => ({ document, number, text });

describe('wordsOf', () => {
  it('splits at Unicode word boundaries, normalises each word and keeps its place in the original text', () => {
    expect(wordsOf("Zoë's CAFÉ, 3.5 e-mail")).toEqual([
      { word: "zoe's", start: 0, end: 5 },
      { word: 'cafe', start: 6, end: 10 },
      { word: '3.5', start: 12, end: 15 },
      { word: 'e', start: 16, end: 17 },
      { word: 'mail', start: 18, end: 22 },
    ]);
  });

  it('counts offsets in UTF-16 units of the text as given, decomposed accents included', () => {
    const text = 'Mr. Ishmae\u0308l spoke';
    expect(wordsOf(text).map((w) => [w.word, text.slice(w.start, w.end)])).toEqual([
      ['mr', 'Mr'],
      ['ishmael', 'Ishmae\u0308l'],
      ['spoke', 'spoke'],
    ]);
  });
});

describe('matchText', () => {
  it('scores phrase occurrences, distinct words and occurrences, and highlights the phrase as one range', () => {
    const text = 'The Chief Organizer met the chief of staff; the Organizer left.';
    expect(matchText(text, queryWords('chief organizer'))).toEqual({
      score: { phrases: 1, words: 2, occurrences: 4 },
      highlights: [
        { start: 4, end: 19 },
        { start: 28, end: 33 },
        { start: 48, end: 57 },
      ],
    });
  });

  it('finds nothing by stop words alone, and none of the words is no match', () => {
    expect(matchText('The party and the rest.', queryWords('the and'))).toBeNull();
    expect(matchText('The party and the rest.', queryWords('briefing'))).toBeNull();
    expect(matchText('The party and the rest.', [])).toBeNull();
  });

  it('matches whole words only', () => {
    expect(matchText('Nationally, the directors met.', queryWords('national director'))).toBeNull();
  });
});

describe('mergeRanges', () => {
  it('sorts ranges and joins those that overlap or touch', () => {
    expect(
      mergeRanges([
        { start: 10, end: 12 },
        { start: 0, end: 5 },
        { start: 3, end: 8 },
        { start: 8, end: 9 },
      ]),
    ).toEqual([
      { start: 0, end: 9 },
      { start: 10, end: 12 },
    ]);
  });
});

describe('rankParagraphs', () => {
  const paragraphs = [
    doc('b-doc', 2, 'The director spoke to the national press.'),
    doc('a-doc', 3, 'A director, another director, a third director.'),
    doc('b-doc', 1, 'The National Director of the party.'),
    doc('a-doc', 7, 'The national director of the league, and the National Director again.'),
    doc('a-doc', 1, 'Nothing here.'),
    doc('a-doc', 2, 'The director spoke to the national press.'),
  ];

  it('ranks more phrases first, then more distinct words, then more occurrences, then document and number', () => {
    const ranked = rankParagraphs(paragraphs, 'National Director', 10).map((h) => `${h.paragraph.document}#${h.paragraph.number}`);
    expect(ranked).toEqual(['a-doc#7', 'b-doc#1', 'a-doc#2', 'b-doc#2', 'a-doc#3']);
  });

  it('gives the same order whatever order the candidates come in, and cuts at first', () => {
    const forward = rankParagraphs(paragraphs, 'national director', 3);
    expect(rankParagraphs([...paragraphs].reverse(), 'national director', 3)).toEqual(forward);
    expect(forward).toHaveLength(3);
  });
});

describe('luceneQuery', () => {
  it("quotes each finding word once, so Lucene's syntax is read as words", () => {
    expect(luceneQuery('National AND director* "OR" national')).toBe('"national" OR "director"');
    expect(luceneQuery('title:x \\ "quoted"')).toBe('"title:x" OR "quoted"');
  });

  it('keeps an apostrophe inside a word, and gives null when no word can find anything', () => {
    expect(luceneQuery("o'neil")).toBe('"o\'neil"');
    expect(luceneQuery('the (of) *')).toBeNull();
    expect(luceneQuery('')).toBeNull();
  });
});
