import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, MODES, normalize, type ViewState } from './state.ts';
import { decodeState, encodeState, readerLink } from './url.ts';

/** Ids as the API may send them, plus the characters that break naive URL code. */
const id = fc.oneof(
  fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  fc.constantFrom('a&b', 'x=y', '#frag', '100%', 'a+b', ' spaced out ', 'ä-ö', 'edge--to--#3', 'hide', '?mode=table'),
);

const state: fc.Arbitrary<ViewState> = fc.record({
  mode: fc.constantFrom(...MODES),
  selection: fc.option(fc.record({ type: fc.constantFrom('node' as const, 'edge' as const), id }), { nil: null }),
  hiddenKinds: fc.array(fc.oneof(fc.constantFrom('Person', 'Claim', 'Response'), id), { maxLength: 5 }),
  election: fc.option(fc.oneof(fc.constantFrom(2016, 2019, 2021), fc.integer()), { nil: null }),
  expanded: fc.array(id, { maxLength: 5 }),
  incident: fc.option(id, { nil: null }),
  pathFrom: fc.option(id, { nil: null }),
  pathTo: fc.option(id, { nil: null }),
  readDocument: fc.option(id, { nil: null }),
  readParagraph: fc.option(fc.oneof(fc.constantFrom(1, 10, 17), fc.integer({ min: -5, max: 2 ** 40 })), { nil: null }),
  readWords: fc.option(fc.oneof(fc.constantFrom('National Director', '"a" & b=c', '  '), fc.string({ unit: 'grapheme', maxLength: 20 })), {
    nil: null,
  }),
  document: fc.option(id, { nil: null }),
  compareAbout: fc.option(id, { nil: null }),
});

describe('the view state in the URL', () => {
  it('round-trips any state: decoding an encoded state gives the same view', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(decodeState(encodeState(s))).toEqual(normalize(s));
      }),
      { numRuns: 400 },
    );
  });

  it('survives the browser: the hash is plain ASCII, so no escaping changes it', () => {
    fc.assert(
      fc.property(state, (s) => {
        const hash = encodeState(s);
        expect(hash).toMatch(/^(#[\x21-\x7e]*)?$/);
        expect(new URL(`https://example.org/${hash}`).hash).toBe(hash === '#' ? '' : hash);
      }),
      { numRuns: 300 },
    );
  });

  it('never fails on a hand-edited or truncated link, falling back part by part', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (hash) => {
        const decoded = decodeState(hash);
        expect(decoded).toEqual(normalize(decoded));
        expect(MODES).toContain(decoded.mode);
      }),
      { numRuns: 300 },
    );
    expect(decodeState('#mode=nonsense&election=twenty&node=&edge=e1')).toEqual({
      ...INITIAL_STATE,
      selection: { type: 'edge', id: 'e1' },
    });
  });

  it('writes the default view as no hash at all, and a deep link readably', () => {
    expect(encodeState(INITIAL_STATE)).toBe('');
    const link: ViewState = {
      ...INITIAL_STATE,
      mode: 'trace',
      incident: 'account-breach-2021',
      selection: { type: 'node', id: 'breach-password-changed' },
      hiddenKinds: ['Response', 'Claim'],
      election: 2021,
    };
    expect(encodeState(link)).toBe(
      '#mode=trace&node=breach-password-changed&hide=Claim&hide=Response&election=2021&incident=account-breach-2021',
    );
    expect(decodeState(encodeState(link))).toEqual({ ...link, hiddenKinds: ['Claim', 'Response'] });
  });
});

describe('the reader in the URL', () => {
  it('opens the reader at a paragraph with the words of a text search', () => {
    const hash = readerLink(INITIAL_STATE, 'doc-a', 10, 'National Director');
    expect(hash).toBe('#mode=read&doc=doc-a&p=10&words=National+Director');
    expect(decodeState(hash)).toEqual({
      ...INITIAL_STATE,
      mode: 'read',
      readDocument: 'doc-a',
      readParagraph: 10,
      readWords: 'National Director',
    });
  });

  it('reads a paragraph number that is not a positive integer as no paragraph', () => {
    for (const p of ['0', '-3', '1.5', 'ten', '']) expect(decodeState(`#mode=read&doc=d&p=${p}`).readParagraph).toBeNull();
  });
});
