// Invented answers (fictional ids and quotes), in each side's wire form, for the peer check.
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../graph/src/model.ts';
import { comparable, firstDifference, ourShape, theirShape } from './peer-answers.ts';
import { fieldNames } from './peer.ts';

const ev = (document: string, paragraph: number, quote: string) => ({ document, paragraph, quote });
const peerEv = (...items: ReturnType<typeof ev>[]) => ({
  evidenceDocuments: items.map((e) => e.document),
  evidenceParagraphs: items.map((e) => e.paragraph),
  evidenceQuotes: items.map((e) => e.quote),
});
const person = (id: string) => ({ id, kind: 'Person', name: `Name ${id}` });
const briefing = { id: 'b1', kind: 'Briefing', name: 'A fictional briefing', date: '2019-03-01' };

const ours = (field: string, value: unknown) => JSON.stringify({ data: { [field]: value } });
const theirs = (entities: unknown[]) => JSON.stringify({ data: { entities } });

describe('the peer check', () => {
  it('finds the same attendance in both wire forms whatever the order of rows and quotes', () => {
    const a = ev('doc-x', 3, 'Ann Example attended.');
    const b = ev('doc-y', 7, 'She was there too.');
    const mine = ours('attendance', [
      { person: person('p2'), event: briefing, election: 2019, evidence: [a] },
      { person: person('p1'), event: briefing, election: 2019, evidence: [b, a] },
    ]);
    const peer = theirs([
      {
        ...briefing,
        attendedByConnection: {
          edges: [
            { properties: peerEv(a, b), node: person('p1') },
            { properties: peerEv(a), node: person('p2') },
          ],
        },
      },
    ]);
    expect(firstDifference(ourShape('attendance', mine), theirShape('attendance', peer))).toBeNull();
  });

  it('names the first difference with its path when a quote differs', () => {
    const mine = ours('recommendations', [
      { id: 'r1', name: 'Rec', text: 'x', by: [person('p1')], addressedTo: [], about: [], evidence: [ev('doc-x', 1, 'one')] },
    ]);
    const peer = theirs([
      {
        id: 'r1',
        kind: 'Recommendation',
        name: 'Rec',
        ...peerEv(ev('doc-x', 1, 'two')),
        recommendedByConnection: { edges: [{ properties: peerEv(), node: person('p1') }] },
        addressedTo: [],
        about: [],
      },
    ]);
    expect(firstDifference(ourShape('recommendations', mine), theirShape('recommendations', peer))).toBe(
      '[0].evidence[0]: ours "doc-x#1 one" / peer "doc-x#1 two"',
    );
  });

  it('compares a neighbourhood on the centre’s own relations and counts the others left out', () => {
    const centre = { ...person('p1'), evidence: [] };
    const org = { id: 'o1', kind: 'Organization', name: 'A fictional party', evidence: [] };
    const other = { ...person('p2'), evidence: [] };
    const mine = ours('neighborhood', {
      nodes: [org, centre, other],
      edges: [
        { id: 'e1', type: 'HELD_ROLE', source: 'p1', target: 'o1', evidence: [] },
        { id: 'e2', type: 'HELD_ROLE', source: 'p2', target: 'o1', evidence: [] },
        { id: 'e3', type: 'REPORTED_TO', source: 'p2', target: 'p1', evidence: [] },
      ],
      truncated: false,
    });
    const bare = ({ evidence: _, ...ref }: typeof org) => ({ ...ref, ...peerEv() });
    // The peer's answer has every relation field, most of them empty.
    const none = Object.fromEntries(
      RELATION_TYPES.flatMap((t) => [`${fieldNames(t).out}Connection`, `${fieldNames(t).in}Connection`]).map((f) => [f, { edges: [] }]),
    );
    const peer = theirs([
      {
        ...bare(centre),
        ...none,
        heldRoleConnection: { edges: [{ properties: { id: 'e1', ...peerEv() }, node: bare(org) }] },
        reportedToByConnection: { edges: [{ properties: { id: 'e3', ...peerEv() }, node: bare(other) }] },
      },
    ]);
    const { shape, leftOut } = comparable('neighborhood', ourShape('neighborhood', mine), 'p1');
    expect(leftOut).toBe(1);
    expect(firstDifference(shape, theirShape('neighborhood', peer))).toBeNull();
  });

  it('says which field of which row is missing from an answer', () => {
    expect(() => ourShape('attendance', ours('attendance', [{ event: briefing, evidence: [] }]))).toThrow(
      'attendance[0].person: expected an object, got undefined',
    );
  });
});
