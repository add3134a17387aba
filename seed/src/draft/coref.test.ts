import { describe, expect, it } from 'vitest';
import { draft } from './testkit.ts';

describe('coreference', () => {
  it('resolves "the Party" to the last party and "the individual" to the last unnamed person, and says so in the evidence rule', () => {
    const d = draft([
      'A field organizer of the Harbour Party received a phishing email. The Party warned its staff, and the individual changed the password.',
    ]);
    const party = d.nodes.find((n) => n.id === 'harbour-party');
    expect(party?.evidence.map((e) => e.quote)).toEqual(['Harbour Party', 'The Party']);
    expect(d.edges.filter((e) => e.type === 'PERFORMED').map((e) => [e.source, e.target])).toEqual([
      ['harbour-party', 'warned-its-staff'],
      ['field-organizer-of-the-harbour-party', 'changed-the-password'],
    ]);
  });

  it('resolves a pronoun to the last person named by name', () => {
    const d = draft(['Hana Okafor chairs the Harbour Party. He stated that the briefings were general.']);
    expect(d.edges.filter((e) => e.type === 'ASSERTED').map((e) => e.source)).toEqual(['hana-okafor']);
  });
});
