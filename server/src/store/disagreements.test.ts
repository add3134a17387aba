// findDisagreements on a small invented graph (the people and claims are fictional): annotated
// pairs first, then NEGATION and STANCE candidates, each pair once, with the filters.
import { describe, expect, it } from 'vitest';
import { findDisagreements } from './disagreements.ts';
import type { ClaimRecord, GraphEdge, GraphNode } from './types.ts';

const person = (id: string, name: string): GraphNode => ({ id, kind: 'Person', name, evidence: [] });
const ada = person('ada-vance', 'Ada Vance');
const ben = person('ben-okoro', 'Ben Okoro');
const cy = person('cy-laurent', 'Cy Laurent');
const forum: GraphNode = { id: 'forum-2030', kind: 'Briefing', name: 'Forum of 2030', evidence: [] };
const leak: GraphNode = { id: 'leak-2030', kind: 'Incident', name: 'Leak of 2030', evidence: [] };

function claim(
  id: string,
  document: string,
  paragraph: number,
  quote: string,
  by: GraphNode[],
  about: GraphNode[],
  negative = false,
): ClaimRecord {
  const node: GraphNode = { id, kind: 'Claim', name: quote, evidence: [{ document, paragraph, quote }] };
  if (negative) node.negative = true;
  return { claim: node, by, about };
}

const useful = claim('forum-useful', 'doc-a', 3, 'The forum was useful', [ada], [forum]);
const useless = claim('forum-useless', 'doc-b', 4, 'The forum was of little use', [ben], [forum]);
const heldLeak = claim('leak-happened', 'doc-a', 5, 'Files were leaked', [ada], [leak]);
const noLeak = claim('no-leak', 'doc-c', 2, 'Nothing was leaked', [cy], [leak], true);
const sameWitness = claim('forum-vague', 'doc-a', 6, 'The forum was vague', [ada], [forum]);
const detailed = claim('forum-detailed', 'doc-c', 7, 'The forum was detailed', [cy], [forum]);
const claims = [useful, useless, heldLeak, noLeak, sameWitness, detailed];

const contradicts: GraphEdge = {
  id: 'c1',
  type: 'CONTRADICTS',
  source: 'forum-detailed',
  target: 'forum-vague',
  evidence: [{ document: 'doc-c', paragraph: 7, quote: 'detailed' }],
};

const summary = (found: ReturnType<typeof findDisagreements>) =>
  found.map((d) => [d.kind, d.first.claim.id, d.second.claim.id, d.about.map((n) => n.id), d.reason]);

describe('findDisagreements', () => {
  it('lists the annotated pair first, then the negation and stance candidates by where their claims are cited', () => {
    expect(summary(findDisagreements(claims, [contradicts], { first: 100 }))).toEqual([
      ['CONTRADICTS', 'forum-detailed', 'forum-vague', ['forum-2030'], 'annotated as contradicting in doc-c ¶7'],
      [
        'NEGATION',
        'leak-happened',
        'no-leak',
        ['leak-2030'],
        'Cy Laurent says it did not happen or is not so ("Nothing was leaked"); Ada Vance says otherwise ("Files were leaked"); in common: leaked',
      ],
      [
        'STANCE',
        'forum-useful',
        'forum-useless',
        ['forum-2030'],
        'opposite words on usefulness: "useful" (Ada Vance) and "of little use" (Ben Okoro)',
      ],
    ]);
  });

  it('gives each side its claim, who asserted it and its evidence, and the annotated relation its evidence', () => {
    const [annotated, negation] = findDisagreements(claims, [contradicts], { first: 2 });
    expect(annotated).toEqual({
      kind: 'CONTRADICTS',
      about: [forum],
      first: { claim: detailed.claim, by: [cy], evidence: detailed.claim.evidence },
      second: { claim: sameWitness.claim, by: [ada], evidence: sameWitness.claim.evidence },
      reason: 'annotated as contradicting in doc-c ¶7',
      evidence: contradicts.evidence,
    });
    expect(negation?.evidence).toEqual([]);
  });

  it('pairs a negative claim only with one that says something in common beyond the name of their subject', () => {
    const noMinutes = claim('no-minutes', 'doc-d', 2, 'No minutes were kept at the Forum of 2030', [ben], [forum], true);
    const minutes = claim('minutes', 'doc-e', 3, 'Minutes of the forum were sent to every party', [cy], [forum]);
    const venue = claim('venue', 'doc-e', 4, 'The forum was held downtown', [cy], [forum]);
    expect(summary(findDisagreements([noMinutes, minutes, venue], [], { first: 100 })).map((d) => [d[0], d[1], d[2]])).toEqual([
      ['NEGATION', 'no-minutes', 'minutes'],
    ]);
  });

  it('pairs no claims of the same witness, and none without a witness, unless annotated', () => {
    const found = findDisagreements(claims, [], { first: 100 });
    expect(found.some((d) => d.first.claim.id === 'forum-useful' && d.second.claim.id === 'forum-vague')).toBe(false);
    const anonymous = claim('anonymous', 'doc-d', 1, 'Nothing happened at the forum', [], [forum], true);
    expect(findDisagreements([useful, anonymous], [], { first: 100 })).toEqual([]);
  });

  it('keeps the pairs about one node, or those one of whose claims a document cites, and cuts at first', () => {
    expect(summary(findDisagreements(claims, [contradicts], { about: 'leak-2030', first: 100 })).map((d) => d[0])).toEqual(['NEGATION']);
    expect(summary(findDisagreements(claims, [contradicts], { document: 'doc-b', first: 100 })).map((d) => [d[1], d[2]])).toEqual([
      ['forum-useful', 'forum-useless'],
    ]);
    expect(findDisagreements(claims, [contradicts], { first: 1 }).map((d) => d.kind)).toEqual(['CONTRADICTS']);
  });

  it('does not repeat an annotated pair as a candidate, even when a filter leaves the annotated pair out', () => {
    const corroborates: GraphEdge = { id: 'c2', type: 'CORROBORATES', source: 'forum-useful', target: 'forum-useless', evidence: [] };
    const broad = claim('forum-broad', 'doc-b', 9, 'The forum was too broad', [ben], [forum]);
    const found = findDisagreements([...claims, broad], [corroborates, contradicts], { document: 'doc-b', first: 100 });
    expect(summary(found).map((d) => [d[0], d[1], d[2], d[4]])).toEqual([
      ['CORROBORATES', 'forum-useful', 'forum-useless', 'annotated as corroborating'],
      ['STANCE', 'forum-broad', 'forum-detailed', 'opposite words on detail: "too broad" (Ben Okoro) and "detailed" (Cy Laurent)'],
    ]);
  });
});
