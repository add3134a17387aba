import { describe, expect, it } from 'vitest';
import { draft } from './testkit.ts';

const roles = (d: ReturnType<typeof draft>) =>
  d.edges
    .filter((e) => e.type === 'HELD_ROLE')
    .map((e) => ({ source: e.source, target: e.target, properties: e.properties, rule: e.rule }));

describe('roles', () => {
  it('gives the named person beside a role the HELD_ROLE, with "since" when the text says it', () => {
    const d = draft([
      'Hana Okafor has served as the National Director of the Harbour Party since 2017. In 2021, she also served as the Party’s Campaign Chair.',
    ]);
    expect(roles(d)).toEqual([
      {
        source: 'hana-okafor',
        target: 'harbour-party',
        properties: { role: 'National Director', since: '2017' },
        rule: 'held-role.beside-name',
      },
      // "she" is the last person named (coref.pronoun), and "the Party" the last party (coref.the-party).
      { source: 'hana-okafor', target: 'harbour-party', properties: { role: 'Campaign Chair' }, rule: 'held-role.beside-name' },
    ]);
  });

  it('reads an appositive name after the role ("its Deputy Director, Pieter Vance")', () => {
    const d = draft(['The Harbour Party was represented by its Deputy Director, Pieter Vance, and by the Party’s treasurer, Lin Osei.']);
    expect(roles(d)).toEqual([
      { source: 'lin-osei', target: 'harbour-party', properties: { role: 'Treasurer' }, rule: 'held-role.beside-name' },
      { source: 'pieter-vance', target: 'harbour-party', properties: { role: 'Deputy Director' }, rule: 'held-role.beside-name' },
    ]);
  });

  it('makes an unnamed role a person of its own', () => {
    const d = draft(['A senior director of the Harbour Party noticed that their account had been changed.']);
    expect(d.nodes.filter((n) => n.kind === 'Person').map((n) => [n.id, n.name, n.rule])).toEqual([
      ['senior-director-of-the-harbour-party', 'Senior director of the Harbour Party', 'person.unnamed-role'],
    ]);
    expect(roles(d)).toEqual([
      {
        source: 'senior-director-of-the-harbour-party',
        target: 'harbour-party',
        properties: { role: 'Senior director' },
        rule: 'held-role.unnamed-role',
      },
    ]);
  });
});

describe('groups', () => {
  it('reads groups of people with their modifiers or owner, one node per owner and head', () => {
    const d = draft([
      'The Harbour Party consulted cybersecurity experts. Harbour Party candidates were vetted by volunteer researchers. The Party’s candidates were told, and officials of the Harbour Party agreed.',
    ]);
    expect(d.nodes.filter((n) => n.kind === 'Organization').map((n) => [n.name, n.category])).toEqual([
      ['Harbour Party', 'party'],
      ['Cybersecurity experts', 'group'],
      ['Harbour Party candidates', 'group'],
      ['Volunteer researchers', 'group'],
      ['Officials of the Harbour Party', 'group'],
    ]);
  });

  it('does not read a verb as a modifier of a group', () => {
    const d = draft([
      'Accounts that impersonate political parties should be removed, and the Party wanted to provide political parties with a list.',
    ]);
    expect(d.nodes.filter((n) => n.category === 'group').map((n) => n.name)).toEqual(['Political parties']);
  });
});
