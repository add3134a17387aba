import { describe, expect, it } from 'vitest';
import { draft } from './testkit.ts';

describe('claims', () => {
  it('makes what someone stated a claim they ASSERTED, negative when it denies', () => {
    const d = draft([
      'Ms. Okafor stated that the briefings were too general. The Harbour Party does not believe that foreign interference affected the results.',
    ]);
    expect(d.nodes.filter((n) => n.kind === 'Claim').map((n) => [n.name, n.negative ?? false])).toEqual([
      ['The briefings were too general', false],
      ['Foreign interference affected the results', true],
    ]);
    expect(d.edges.filter((e) => e.type === 'ASSERTED').map((e) => [e.source, e.rule])).toEqual([
      ['ms-okafor', 'asserted.stated'],
      ['harbour-party', 'asserted.does-not-believe'],
    ]);
  });
});

describe('what a witness did not experience', () => {
  it('is a negative claim the witness ASSERTED', () => {
    const d = draft(['As National Director, Hana Okafor did not receive any complaints about the 2019 federal election.']);
    expect(d.nodes.filter((n) => n.kind === 'Claim').map((n) => [n.name, n.negative ?? false])).toEqual([
      ['Did not receive any complaints about the 2019 federal election', true],
    ]);
    expect(d.edges.filter((e) => e.type === 'ASSERTED' || e.type === 'ABOUT').map((e) => `${e.type} ${e.source} -> ${e.target}`)).toEqual([
      'ASSERTED hana-okafor -> did-not-receive-any-complaints-about-the-2019-federal',
      'ABOUT did-not-receive-any-complaints-about-the-2019-federal -> 2019-federal-election',
    ]);
  });
});
