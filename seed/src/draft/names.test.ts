import { describe, expect, it } from 'vitest';
import { draft, known } from './testkit.ts';

const nodes = (d: ReturnType<typeof draft>, kind?: string) =>
  d.nodes
    .filter((n) => !kind || n.kind === kind)
    .map((n) => ({ id: n.id, kind: n.kind, name: n.name, ...(n.aliases ? { aliases: n.aliases } : {}), rule: n.rule }));

describe('proper names', () => {
  it('reads a defined term as an organization with its abbreviation as an alias', () => {
    const d = draft(['The Party sent staff to the Bureau of Coastal Safety (BCS) twice. BCS answered.']);
    expect(nodes(d, 'Organization')).toEqual([
      {
        id: 'bureau-of-coastal-safety',
        kind: 'Organization',
        name: 'Bureau of Coastal Safety',
        aliases: ['BCS'],
        rule: 'organization.defined-term',
      },
    ]);
    expect(d.nodes[0]?.evidence).toEqual([
      { paragraph: 1, quote: 'Bureau of Coastal Safety (BCS)' },
      { paragraph: 1, quote: 'BCS' },
    ]);
  });

  it('links a defined term to the known entity its abbreviation names', () => {
    const site = known('site-task-force', 'Organization', 'SITE Task Force', ['SITE']);
    const d = draft(['Jane Doe attended briefings of the Security and Intelligence Threats to Election Task Force (SITE).'], [site]);
    expect(nodes(d, 'Organization')).toEqual([
      { id: 'site-task-force', kind: 'Organization', name: 'SITE Task Force', rule: 'organization.defined-term-known' },
    ]);
  });

  it('joins "Ms. Surname" to the full name given before, and adds it as an alias', () => {
    const d = draft(['Hana Okafor joined the Harbour Party in 2015. Ms. Okafor later left.']);
    expect(nodes(d, 'Person')).toEqual([
      { id: 'hana-okafor', kind: 'Person', name: 'Hana Okafor', aliases: ['Ms. Okafor'], rule: 'person.full-name' },
    ]);
  });

  it('links "Mr. Surname" to the one known person of that surname', () => {
    const d = draft(['Mr. Caley spoke first.'], [known('braeden-caley', 'Person', 'Braeden Caley', ['Mr. Caley'])]);
    expect(nodes(d, 'Person')).toEqual([{ id: 'braeden-caley', kind: 'Person', name: 'Braeden Caley', rule: 'person.honorific-known' }]);
  });

  it('tells two people joined by "and" apart, and a place after "in" from a person', () => {
    const d = draft(['The volunteers were Hana Okafor and Pieter Vance, both of whom lived in Gull Harbour.']);
    expect(nodes(d).filter((n) => n.kind !== 'Organization')).toEqual([
      { id: 'hana-okafor', kind: 'Person', name: 'Hana Okafor', rule: 'person.full-name' },
      { id: 'pieter-vance', kind: 'Person', name: 'Pieter Vance', rule: 'person.full-name' },
      { id: 'gull-harbour', kind: 'Place', name: 'Gull Harbour', rule: 'place.after-preposition' },
    ]);
  });

  it('reads a nationality qualifying an act as the state', () => {
    const d = draft(['The Party took note of Russian attempts to interfere with the vote.']);
    expect(nodes(d, 'Organization')).toEqual([
      { id: 'russia', kind: 'Organization', name: 'Russia', aliases: ['Russian'], rule: 'organization.nationality' },
    ]);
  });

  it('links another spelling of a known organization to its id', () => {
    const d = draft(
      ['The Canadian Center for Cybersecurity published a guide.'],
      [known('cyber-centre', 'Organization', 'Canadian Centre for Cyber Security')],
    );
    expect(nodes(d, 'Organization')).toEqual([
      { id: 'cyber-centre', kind: 'Organization', name: 'Canadian Centre for Cyber Security', rule: 'link.known-name' },
    ]);
  });
});

describe('names beside names another rule read', () => {
  it('still reads a full name after "Ms. Surname and"', () => {
    const d = draft([
      'Hana Okafor chairs the Harbour Party. Ms. Okafor and Rafael Dumont, the Party’s Policy Director, sat in on the meeting.',
    ]);
    expect(d.nodes.filter((n) => n.kind === 'Person').map((n) => n.name)).toEqual(['Hana Okafor', 'Rafael Dumont']);
  });
});

describe('the witness', () => {
  it('takes the full name of the interview line when the paragraphs say only "Ms. Doe"', () => {
    const d = draft(['Ms. Doe joined the Harbour Party in 2015.']);
    expect(d.nodes.filter((n) => n.kind === 'Person').map((n) => ({ id: n.id, name: n.name, aliases: n.aliases, rule: n.rule }))).toEqual([
      { id: 'jane-doe', name: 'Jane Doe', aliases: ['Ms. Doe'], rule: 'person.honorific-witness' },
    ]);
  });
});
