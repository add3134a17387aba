import { describe, expect, it } from 'vitest';
import type { Claim, Disagreement, NodeKind } from '../api.ts';
import { compareColumns, compareSubjects, pairsOf } from './compare.ts';

// Fictional witnesses and claims, for the columns' shape only.
const ref = (id: string, kind: NodeKind = 'Person') => ({ id, kind, name: id.replace(/-/g, ' ') });
const ev = (document: string, paragraph: number) => ({ document, paragraph, quote: `${document} ${paragraph}` });
const claim = (id: string, about: string[], evidence: Claim['evidence'], negative = false): Claim => ({
  id,
  name: id,
  description: null,
  negative,
  by: [ref(`${id}-witness`)],
  about: about.map((a) => ref(a, 'Election')),
  evidence,
});
const claims = [
  claim('no-threat', ['election-2021'], [ev('doc-b', 4)], true),
  claim('threat-seen', ['election-2021', 'site'], [ev('doc-a', 9), ev('doc-a', 3)]),
  claim('briefings-useful', ['site'], [ev('doc-c', 2)]),
  claim('both-say', ['election-2021'], [ev('doc-c', 6), ev('doc-a', 1)]),
];

describe('the subjects of the Compare view', () => {
  it('are the nodes claims are about, those most documents speak of first', () => {
    expect(compareSubjects(claims).map((s) => [s.node.id, s.claims, s.documents])).toEqual([
      ['election-2021', 3, 3],
      ['site', 2, 2],
    ]);
  });
});

describe('the columns of the Compare view', () => {
  it('are one per document in the order given, each claim with only that document’s quotes, by paragraph', () => {
    const about = claims.filter((c) => c.about.some((a) => a.id === 'election-2021'));
    const columns = compareColumns(about, ['doc-c', 'doc-a', 'doc-b']);
    expect(columns.map((c) => [c.document, c.claims.map((x) => [x.claim.id, x.evidence.map((e) => e.paragraph)])])).toEqual([
      ['doc-c', [['both-say', [6]]]],
      [
        'doc-a',
        [
          ['both-say', [1]],
          ['threat-seen', [9, 3]],
        ],
      ],
      ['doc-b', [['no-threat', [4]]]],
    ]);
  });

  it('put documents missing from the order last, by id', () => {
    expect(compareColumns(claims, ['doc-b']).map((c) => c.document)).toEqual(['doc-b', 'doc-a', 'doc-c']);
  });
});

describe('the pairs marked on a claim', () => {
  it('name the other side of every pair the claim is in, whichever side it is', () => {
    const side = (c: Claim) => ({ claim: { ...ref(c.id, 'Claim'), negative: c.negative }, by: c.by, evidence: c.evidence });
    const [noThreat, threatSeen, , bothSay] = claims;
    if (!noThreat || !threatSeen || !bothSay) throw new Error('the fixture claims are missing');
    const pairs: Disagreement[] = [
      {
        kind: 'CONTRADICTS',
        about: [ref('election-2021', 'Election')],
        first: side(threatSeen),
        second: side(noThreat),
        reason: 'annotated in ¶9',
      },
      {
        kind: 'NEGATION',
        about: [ref('election-2021', 'Election')],
        first: side(bothSay),
        second: side(noThreat),
        reason: 'one says it did not happen',
      },
    ];
    expect(pairsOf('no-threat', pairs).map((p) => [p.pair.kind, p.other.claim.id])).toEqual([
      ['CONTRADICTS', 'threat-seen'],
      ['NEGATION', 'both-say'],
    ]);
    expect(pairsOf('briefings-useful', pairs)).toEqual([]);
  });
});
