import { describe, expect, it } from 'vitest';
import { clip, looseKey, sentences, slug, tokens } from './text.ts';

describe('sentences', () => {
  it('does not end a sentence after an honorific, an initial or a month abbreviation', () => {
    const text = 'As in 2019, Mr. Ishmael attended. Dr. J. Smith left on Sept. 5, 2021. No further steps were taken.';
    expect(sentences(text).map((s) => s.text)).toEqual([
      'As in 2019, Mr. Ishmael attended.',
      'Dr. J. Smith left on Sept. 5, 2021.',
      'No further steps were taken.',
    ]);
  });

  it('gives offsets that cut exactly the sentence out of the paragraph', () => {
    const text = 'One sentence here.  Another one follows.';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['One sentence here.', 'Another one follows.']);
  });
});

describe('tokens', () => {
  it('splits off possessives and keeps hyphenated names whole', () => {
    expect(tokens("the Party's Ferreira-Lund").map((t) => [t.word, t.possessive])).toEqual([
      ['the', false],
      ['Party', true],
      ['Ferreira-Lund', false],
    ]);
  });
});

describe('looseKey', () => {
  it('gives two spellings of one name the same key', () => {
    expect(looseKey('Canadian Center for Cybersecurity')).toBe(looseKey('Canadian Centre for Cyber Security'));
    expect(looseKey('Beaumont-Rivière')).toBe(looseKey('Beaumont-Riviere'));
    expect(looseKey('the Liberal Party')).toBe(looseKey("Liberal Party's"));
  });

  it('keeps different names apart', () => {
    expect(looseKey('Liberal Party')).not.toBe(looseKey('Liberal Parties Council'));
  });
});

describe('slug and clip', () => {
  it('makes readable ids without accents or punctuation', () => {
    expect(slug("Citizens' Forward Alliance")).toBe('citizens-forward-alliance');
    expect(slug('Hélène Ostrowski')).toBe('helene-ostrowski');
  });

  it('cuts a long text at a clause boundary and returns a prefix of it', () => {
    const text =
      'The federal government should provide political parties with a list of vendors, or providers, of social media applications and technology approved for use during elections.';
    const cut = clip(text, 80);
    expect([cut, text.startsWith(cut)]).toEqual(['The federal government should provide political parties with a list of vendors', true]);
  });
});
