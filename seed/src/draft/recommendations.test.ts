import { describe, expect, it } from 'vitest';
import { draft, known } from './testkit.ts';

const SITE = known('site-task-force', 'Organization', 'SITE Task Force', ['SITE']);

describe('recommendations', () => {
  it('reads a list after "X provided the following recommendations:", each addressed to the actor that should act', () => {
    const d = draft(
      [
        'Hana Okafor provided the following recommendations:',
        'SITE should hold briefings between elections;',
        'Party leaders should be briefed by SITE; and',
        'The federal government should publish a list of approved vendors.',
      ],
      [SITE],
      '4. Recommendations',
    );
    expect(
      d.edges
        .filter((e) => e.type === 'RECOMMENDED' || e.type === 'ADDRESSED_TO')
        .map((e) => [e.type, e.source, e.target, e.evidence.map((x) => x.paragraph)]),
    ).toEqual([
      ['RECOMMENDED', 'hana-okafor', 'site-should-hold-briefings-between-elections', [1, 2]],
      ['ADDRESSED_TO', 'site-should-hold-briefings-between-elections', 'site-task-force', [2]],
      ['RECOMMENDED', 'hana-okafor', 'party-leaders-should-be-briefed-by-site', [1, 3]],
      ['ADDRESSED_TO', 'party-leaders-should-be-briefed-by-site', 'site-task-force', [3]],
      ['RECOMMENDED', 'hana-okafor', 'the-federal-government-should-publish-a-list-of-approved', [1, 4]],
      ['ADDRESSED_TO', 'the-federal-government-should-publish-a-list-of-approved', 'federal-government', [4]],
    ]);
  });

  it('reads an inline "X recommended that …" with its speaker, pronouns included', () => {
    const d = draft(
      [
        'Hana Okafor recommended that SITE invite the chief organizers of all registered parties. She also recommended that platforms label doctored videos within a day.',
      ],
      [SITE],
    );
    expect(d.edges.filter((e) => e.type === 'RECOMMENDED').map((e) => [e.source, e.rule])).toEqual([
      ['hana-okafor', 'recommended.inline'],
      ['hana-okafor', 'recommended.inline'],
    ]);
  });

  it('does not take "recommended for use" for a recommendation', () => {
    expect(
      draft(['The Party bought software approved or recommended for use during elections.']).nodes.filter(
        (n) => n.kind === 'Recommendation',
      ),
    ).toEqual([]);
  });
});

describe('a list introduced otherwise', () => {
  it('reads "X suggested two measures:" as the list’s intro, not as a recommendation or a claim', () => {
    const d = draft(['Hana Okafor suggested two measures:', 'SITE should brief parties between elections.'], [SITE], '5. Recommendations');
    expect(d.nodes.filter((n) => n.kind === 'Recommendation' || n.kind === 'Claim').map((n) => [n.kind, n.name])).toEqual([
      ['Recommendation', 'SITE should brief parties between elections'],
    ]);
    expect(d.nodes.filter((n) => n.category === 'group').map((n) => n.name)).toEqual(['Political parties']);
  });
});
