import { describe, expect, it } from 'vitest';
import { draft, known } from './testkit.ts';

const SITE = known('site-task-force', 'Organization', 'SITE Task Force', ['SITE']);

describe('incidents and their responses', () => {
  it('numbers the steps taken after an incident, ends with "no further steps", and reports to each recipient', () => {
    const d = draft(
      [
        'A senior director of the Harbour Party noticed that their login information had been changed. The Party reported the incident to SITE and to the social media platform, and the individual changed the password for the account. No further steps were taken.',
      ],
      [SITE],
    );
    expect(d.nodes.filter((n) => n.kind === 'Incident' || n.kind === 'Response').map((n) => [n.kind, n.name, n.negative ?? false])).toEqual(
      [
        ['Incident', 'Their login information had been changed', false],
        ['Response', 'Reported the incident to SITE', false],
        ['Response', 'Reported the incident to the social media platform', false],
        ['Response', 'Changed the password for the account', false],
        ['Response', 'No further steps were taken', true],
      ],
    );
    const incident = d.nodes.find((n) => n.kind === 'Incident')?.id;
    expect(d.edges.filter((e) => e.type === 'RESPONDED_WITH').map((e) => [e.source === incident, e.target, e.properties?.order])).toEqual([
      [true, 'reported-the-incident-to-site', 1],
      [true, 'reported-the-incident-to-the-social-media-platform', 2],
      [true, 'changed-the-password-for-the-account', 3],
      [true, 'no-further-steps-were-taken', 4],
    ]);
    expect(d.edges.filter((e) => e.type === 'REPORTED_TO' && e.source === incident).map((e) => e.target)).toEqual([
      'site-task-force',
      'social-media-platform',
    ]);
    expect(d.edges.filter((e) => e.type === 'PERFORMED').map((e) => [e.source, e.target])).toEqual([
      ['harbour-party', 'reported-the-incident-to-site'],
      ['harbour-party', 'reported-the-incident-to-the-social-media-platform'],
      ['senior-director-of-the-harbour-party', 'changed-the-password-for-the-account'],
    ]);
  });

  it('takes the sentence before as the incident a report points back to, and "did not report" as a negative step', () => {
    const d = draft(
      [
        'In October 2019, the candidate was followed at two community events. The Party informed SITE of the incident a week later.',
        'The Party did not report the matter to the local police.',
      ],
      [SITE],
    );
    expect(d.nodes.filter((n) => n.kind === 'Incident').map((n) => [n.name, n.rule])).toEqual([
      ['In October 2019, the candidate was followed at two community events', 'incident.described-before-coref'],
    ]);
    expect(d.edges.filter((e) => e.type === 'REPORTED_TO').map((e) => e.target)).toEqual(['site-task-force', 'site-task-force']);
    expect(d.nodes.filter((n) => n.kind === 'Response').map((n) => [n.name, n.negative ?? false])).toEqual([
      ['Reported the incident to SITE', false],
      ['Did not report the matter to the local police', true],
    ]);
  });

  it('reads a received email as an incident aimed at whoever received it, and media reports as a publication about one', () => {
    const d = draft([
      'Hana Okafor received an email that impersonated the Harbour Party and asked for her password.',
      'The media reported on volunteers paying the fees of new members.',
    ]);
    expect(d.nodes.filter((n) => ['Incident', 'Publication'].includes(n.kind)).map((n) => [n.kind, n.name])).toEqual([
      ['Incident', 'Email that impersonated the Harbour Party and asked for her password'],
      ['Incident', 'Volunteers paying the fees of new members'],
      ['Publication', 'Reports that volunteers paying the fees of new members'],
    ]);
    expect(d.edges.filter((e) => ['TARGETED', 'PUBLISHED'].includes(e.type)).map((e) => `${e.type} ${e.source} -> ${e.target}`)).toEqual([
      'TARGETED email-that-impersonated-the-harbour-party-and-asked-for-her -> hana-okafor',
      'PUBLISHED the-media -> reports-that-volunteers-paying-the-fees-of-new-members',
    ]);
  });

  it('reads no incident into a recommendation', () => {
    expect(
      draft(['Platforms should remove fake accounts that impersonate candidates.']).nodes.filter((n) => n.kind === 'Incident'),
    ).toEqual([]);
  });
});

describe('incidents in time', () => {
  it('dates an incident with the precision of its sentence and says which election it preceded', () => {
    const d = draft([
      'In August 2021, in the lead up to the 2021 federal election, Hana Okafor received an email that asked for her password.',
    ]);
    const incident = d.nodes.find((n) => n.kind === 'Incident');
    expect([incident?.date, d.edges.filter((e) => e.type === 'PRECEDED').map((e) => e.target)]).toEqual([
      '2021-08',
      ['2021-federal-election'],
    ]);
  });
});

describe('recipients of a report', () => {
  it('is the provider in "to the Party\'s hosting provider", not the Party', () => {
    const d = draft(
      [
        'On May 2, 2021, the Harbour Party website suffered a denial-of-service attack. Jane Doe reported the attack to SITE and to the Party’s hosting provider.',
      ],
      [SITE],
    );
    const incident = d.nodes.find((n) => n.kind === 'Incident')?.id;
    expect(d.edges.filter((e) => e.type === 'REPORTED_TO' && e.source === incident).map((e) => e.target)).toEqual([
      'site-task-force',
      'hosting-provider',
    ]);
  });
});
