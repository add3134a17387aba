import { describe, expect, it } from 'vitest';
import { readAnnotations } from '../annotations.ts';
import { withDefinitions, type DefinedFile } from '../entities.ts';
import { indexKnown, isPortableAlias, knownEntities, lookup } from './known.ts';
import { known } from './testkit.ts';

const file = (document: string, body: string): DefinedFile => {
  const read = readAnnotations(`document: ${document}\n${body}`, `annotations/${document}.yaml`);
  const [defined] = withDefinitions(read.annotations ? [read.annotations] : [], []);
  if (!defined) throw new Error(JSON.stringify(read.problems));
  return defined;
};

describe('knownEntities', () => {
  const a = file(
    'a',
    'nodes:\n  - { id: site-task-force, kind: Organization, name: SITE Task Force, aliases: [SITE], evidence: [{ paragraph: 1, quote: "SITE" }] }\n',
  );
  const b = file(
    'b',
    'nodes:\n  - { id: site-task-force, kind: Organization, name: SITE Task Force, aliases: [Security and Intelligence Threats to Elections Task Force] }\n  - { id: jo-ray, kind: Person, name: Jo Ray }\n',
  );

  it('lists each id once with the aliases of every file, leaving one document out', () => {
    expect(knownEntities([a, b])).toEqual([
      {
        id: 'site-task-force',
        kind: 'Organization',
        name: 'SITE Task Force',
        aliases: ['SITE', 'Security and Intelligence Threats to Elections Task Force'],
        file: 'annotations/a.yaml',
      },
      { id: 'jo-ray', kind: 'Person', name: 'Jo Ray', aliases: [], file: 'annotations/b.yaml' },
    ]);
    expect(knownEntities([a, b], 'b').map((e) => [e.id, e.aliases])).toEqual([['site-task-force', ['SITE']]]);
  });
});

describe('linking names to known entities', () => {
  const party = known('liberal-party', 'Organization', 'Liberal Party', ['the Party', 'Liberal party']);
  const caley = known('braeden-caley', 'Person', 'Braeden Caley', ['Mr. Caley']);
  const director = known('it-director', 'Person', 'IT Director of the Liberal Party', ['IT Director']);

  it('does not carry an alias that only means something inside its own document', () => {
    expect([isPortableAlias(party, 'the Party'), isPortableAlias(caley, 'Mr. Caley'), isPortableAlias(director, 'IT Director')]).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('finds an entity by another spelling of its name, and only of the kind asked for', () => {
    const index = indexKnown([party, caley, known('cyber-centre', 'Organization', 'Canadian Centre for Cyber Security')]);
    expect(lookup(index, 'Canadian Center for Cybersecurity')?.id).toBe('cyber-centre');
    expect(lookup(index, 'Mr. Caley', 'Person')?.id).toBe('braeden-caley');
    expect(lookup(index, 'Mr. Caley', 'Organization')).toBeUndefined();
    expect(lookup(index, 'the Party')).toBeUndefined();
  });
});

describe('generic names', () => {
  it('does not link a one-word common noun such as "Police" across documents', () => {
    const index = indexKnown([
      known('cornwall-police', 'Organization', 'Police'),
      known('site-task-force', 'Organization', 'SITE Task Force', ['SITE']),
    ]);
    expect([lookup(index, 'Police'), lookup(index, 'SITE')?.id]).toEqual([undefined, 'site-task-force']);
  });
});
