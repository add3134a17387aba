import { describe, expect, it } from 'vitest';
import { captionLines, legendEntries, viewInWords } from './png-export.ts';
import { INITIAL_STATE } from './state.ts';

const names: Record<string, string> = {
  'account-breach-2021': 'Social media account breach',
  'azam-ishmael': 'Azam Ishmael',
  'site-task-force': 'SITE Task Force',
};
const catalog = { nodeName: (id: string) => names[id] ?? id };

describe('the caption of a PNG', () => {
  it('names the view with what it is about and the filters that change it', () => {
    expect([
      viewInWords(INITIAL_STATE, catalog),
      viewInWords({ ...INITIAL_STATE, mode: 'trace', incident: 'account-breach-2021', election: 2021 }, catalog),
      viewInWords(
        {
          ...INITIAL_STATE,
          mode: 'path',
          pathFrom: 'azam-ishmael',
          pathTo: 'site-task-force',
          hiddenKinds: ['Claim', 'Response'],
          expanded: ['azam-ishmael'],
          selection: { type: 'node', id: 'site-task-force' },
        },
        catalog,
      ),
    ]).toEqual([
      'Graph',
      'Trace an incident: Social media account breach · election 2021',
      'Path: Azam Ishmael → SITE Task Force · without Claim, Response · neighbours of Azam Ishmael · selected: SITE Task Force',
    ]);
  });

  it('reads document, view and date, then the link', () => {
    expect(
      captionLines({
        document: 'Stage 1 Interview Summary: Azam Ishmael',
        view: 'Graph',
        date: '1 December 2026',
        link: 'http://x/#mode=table',
      }),
    ).toEqual(['Stage 1 Interview Summary: Azam Ishmael', 'Graph · made 1 December 2026', 'http://x/#mode=table']);
  });
});

describe('the legend of a PNG', () => {
  it('lists the kinds shown in the legend’s order, then the line styles of the relations shown, and nothing absent', () => {
    const entries = legendEntries(new Set(['Claim', 'Person', 'Briefing']), new Set(['ATTENDED', 'HELD_ROLE']), [
      'Person',
      'Briefing',
      'Claim',
    ]);
    expect(entries.map((e) => e.label)).toEqual(['Person', 'Briefing', 'Claim', 'attended / met with']);
    expect(entries[3]?.swatch).toEqual({ color: '#2f5d8a', style: 'solid', width: 2.5 });
  });
});
