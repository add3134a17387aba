import { describe, expect, it } from 'vitest';
import { draft, edgeLines, known } from './testkit.ts';

const SITE = known('site-task-force', 'Organization', 'SITE Task Force', ['SITE']);
const B2019 = known('site-briefings-2019', 'Briefing', 'SITE briefings for the 2019 election');

describe('ATTENDED', () => {
  it('reads the ways these summaries say who was at a briefing', () => {
    const d = draft(
      [
        'Hana Okafor was one of three Harbour Party representatives who attended SITE briefings in respect of the 2019 federal election. The other two Party representatives were Pieter Vance and Lin Osei.',
        'The three men all attended the SITE briefings when they could.',
      ],
      [SITE, B2019],
    );
    expect(
      d.edges.filter((e) => e.type === 'ATTENDED').map((e) => [e.source, e.target, e.rule, e.evidence.map((x) => x.paragraph)]),
    ).toEqual([
      ['hana-okafor', 'site-briefings-2019', 'attended.verb', [1, 2]],
      ['pieter-vance', 'site-briefings-2019', 'attended.representatives-were+coref.context-briefing', [1, 2]],
      ['lin-osei', 'site-briefings-2019', 'attended.representatives-were+coref.context-briefing', [1, 2]],
    ]);
  });

  it('reads "sent X to", "was represented at … by X" and "X served as the representative at these briefings"', () => {
    const d = draft(
      [
        'The Harbour Party sent Hana Okafor to the SITE briefings for the 2019 federal election.',
        'The Party was represented at SITE briefings for the 2019 federal election by its treasurer, Lin Osei.',
        'Pieter Vance served as the Party’s other representative at these briefings.',
      ],
      [SITE, B2019],
    );
    expect(edgeLines(d, ['ATTENDED'])).toEqual([
      'ATTENDED hana-okafor -> site-briefings-2019',
      'ATTENDED lin-osei -> site-briefings-2019',
      'ATTENDED pieter-vance -> site-briefings-2019',
    ]);
  });

  it('proposes "did not attend" as a negative attendance of the briefing in context', () => {
    const d = draft(
      ['Hana Okafor attended the SITE briefings for the 2019 federal election. Pieter Vance was on leave and did not attend them.'],
      [SITE, B2019],
    );
    expect(edgeLines(d, ['ATTENDED'])).toEqual([
      'ATTENDED hana-okafor -> site-briefings-2019',
      'ATTENDED pieter-vance -> site-briefings-2019 (negative)',
    ]);
    expect(d.edges.find((e) => e.negative)?.id).toBe('pieter-vance--attended--site-briefings-2019--negative');
  });

  it('proposes no attendance without a briefing or meeting to attend', () => {
    expect(edgeLines(draft(['Hana Okafor attended to the details of the campaign.']), ['ATTENDED'])).toEqual([]);
  });
});

describe('more ways of saying who attended', () => {
  it('reads "went to the briefings" and "represented the Party at them", but not "went to" without a briefing', () => {
    const d = draft(
      [
        'Hana Okafor went to the SITE briefings held for the 2019 federal election. Pieter Vance went to the office.',
        'In 2019, Lin Osei declined to attend the SITE briefings, and Pieter Vance represented the Party at them on his own.',
      ],
      [SITE, B2019],
    );
    expect(edgeLines(d, ['ATTENDED'])).toEqual([
      'ATTENDED hana-okafor -> site-briefings-2019',
      'ATTENDED lin-osei -> site-briefings-2019 (negative)',
      'ATTENDED pieter-vance -> site-briefings-2019',
    ]);
  });
});
