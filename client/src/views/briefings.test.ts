import { describe, expect, it } from 'vitest';
import type { Attendance, Briefing, NodeKind } from '../api.ts';
import { buildMatrix } from './briefings.ts';

const ref = (id: string, kind: NodeKind = 'Person') => ({ id, kind, name: id.replace(/-/g, ' ') });
const evidence = [{ document: 'doc', paragraph: 5, quote: 'q' }];
const briefing = (id: string, election: number): Briefing => ({
  id,
  name: id,
  date: String(election),
  election,
  organizer: ref('site-task-force', 'Organization'),
  attendees: [],
  evidence,
});
const attended = (person: string, event: string, election: number | null, kind: NodeKind = 'Briefing'): Attendance => ({
  person: ref(person),
  event: { ...ref(event, kind), date: null },
  election,
  evidence,
});

const data = {
  briefings: [briefing('site-briefings-2021', 2021), briefing('site-briefings-2019', 2019)],
  attendance: [
    attended('azam-ishmael', 'site-briefings-2019', 2019),
    attended('mathieu-lafrance', 'site-briefings-2019', 2019),
    attended('braeden-caley', 'site-briefings-2019', 2019),
    attended('azam-ishmael', 'site-briefings-2021', 2021),
    attended('braeden-caley', 'site-briefings-2021', 2021),
    attended('azam-ishmael', 'cyber-centre-meeting', null, 'Meeting'),
  ],
};

describe('the attendance matrix', () => {
  it('has people as rows and briefings (by year), then meetings, as columns', () => {
    const m = buildMatrix(data, null);
    expect(m.people.map((p) => p.id)).toEqual(['azam-ishmael', 'braeden-caley', 'mathieu-lafrance']);
    expect(m.events.map((e) => e.id)).toEqual(['site-briefings-2019', 'site-briefings-2021', 'cyber-centre-meeting']);
    expect([...m.cells.keys()].filter((k) => k.startsWith('mathieu'))).toEqual(['mathieu-lafrance|site-briefings-2019']);
  });

  it('keeps only the chosen election', () => {
    const m = buildMatrix(data, 2021);
    expect([m.people.map((p) => p.id), m.events.map((e) => e.id)]).toEqual([['azam-ishmael', 'braeden-caley'], ['site-briefings-2021']]);
  });
});
