// The edits on a file's Document, without a server: what each one writes, and that the lines it
// does not change stay as they were. (Whether the result is valid is the seed's to say: writes.test.ts.)
import { describe, expect, it } from 'vitest';
import { addEdge, addEvidence, addNode, type Elsewhere, removeItem, suggestId, updateNode } from './edits.ts';
import { AnnotationYaml } from './yaml-file.ts';

// FICTIONAL: invented people and a party, as in test/fixtures/annotate/.
const FILE = `# A fictional annotation.
document: fictional-doc

nodes:
  # People
  - id: ada-quill
    kind: Person
    name: Ada Quill
    aliases: [Ms. Quill]
    evidence:
      - { paragraph: 1, quote: "Ada Quill is the party's organizer." }
  # Parties
  - id: heron-party
    kind: Organization
    name: Heron Party
    evidence:
      - { paragraph: 1, quote: "the party's organizer" }

edges:
  - type: REPRESENTED
    source: ada-quill
    target: heron-party
    evidence:
      - { paragraph: 1, quote: "the party's organizer" }
# end of file
`;

const NOTHING_ELSEWHERE: Elsewhere = { nodes: new Map(), edges: new Map() };
const ELSEWHERE: Elsewhere = {
  nodes: new Map([['site-task-force', { kind: 'Organization', name: 'SITE Task Force' }]]),
  edges: new Map([['site-briefings--part-of--election', { type: 'PART_OF', source: 'site-briefings', target: 'election' }]]),
};

const open = (text: string | null = FILE) => AnnotationYaml.parse(text, 'annotations/fictional-doc.yaml', 'fictional-doc');
const lines = (text: string) => text.split('\n');

describe('addNode', () => {
  it('writes a shared entity as a reference (id, aliases, evidence) at the end of the nodes', () => {
    const file = open();
    const id = addNode(
      file,
      {
        id: 'site-task-force',
        kind: 'Organization',
        name: 'SITE',
        aliases: ['the Task Force'],
        evidence: [{ paragraph: 2, quote: 'SITE' }],
      },
      ELSEWHERE,
    );
    const before = lines(FILE);
    expect({ id, text: file.toString() }).toEqual({
      id: 'site-task-force',
      text: [
        ...before.slice(0, 17),
        '  - id: site-task-force',
        '    aliases: [the Task Force]',
        '    evidence:',
        '      - { paragraph: 2, quote: "SITE" }',
        ...before.slice(17),
      ].join('\n'),
    });
  });

  it('refuses a shared id given with another kind, and an id the file already has', () => {
    const refusals = [
      () => addNode(open(), { id: 'site-task-force', kind: 'Person', name: 'SITE', evidence: [] }, ELSEWHERE),
      () => addNode(open(), { id: 'ada-quill', kind: 'Person', name: 'Ada Quill', evidence: [] }, NOTHING_ELSEWHERE),
    ].map((edit) => {
      try {
        edit();
        return 'written';
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    });
    expect(refusals).toEqual([
      '"site-task-force" is an Organization elsewhere in the corpus, not Person.',
      '"ada-quill" is already in this file: add the quote to it with addEvidence, or change it with updateNode.',
    ]);
  });

  it('suggests ids as the files write them, without accents, and numbered when taken', () => {
    const taken = new Set(['marie-eve-cote']);
    expect([
      suggestId('Marie-Ève Côté', (id) => taken.has(id)),
      suggestId('  The “Heron” Party  ', () => false),
      suggestId('¶¶', () => false),
    ]).toEqual(['marie-eve-cote-2', 'the-heron-party', 'item']);
  });
});

describe('addEdge and addEvidence', () => {
  it('writes a number property as a number, after the last relation of its type', () => {
    const file = open();
    addEdge(file, {
      type: 'REPRESENTED',
      source: 'heron-party',
      target: 'ada-quill',
      properties: [{ key: 'since', value: '2019' }],
      negative: true,
      evidence: [{ paragraph: 1, quote: 'organizer' }],
    });
    addEdge(file, {
      type: 'RESPONDED_WITH',
      source: 'x',
      target: 'y',
      properties: [{ key: 'order', value: '2' }],
      evidence: [{ paragraph: 1, quote: 'q' }],
    });
    const text = file.toString();
    expect(lines(text).slice(24, 38)).toEqual([
      '  - type: REPRESENTED',
      '    source: heron-party',
      '    target: ada-quill',
      '    negative: true',
      '    properties: { since: "2019" }',
      '    evidence:',
      '      - { paragraph: 1, quote: "organizer" }',
      '  - type: RESPONDED_WITH',
      '    source: x',
      '    target: y',
      '    properties: { order: 2 }',
      '    evidence:',
      '      - { paragraph: 1, quote: "q" }',
      '# end of file',
    ]);
  });

  it('refuses an order that is not a number', () => {
    expect(() =>
      addEdge(open(), { type: 'RESPONDED_WITH', source: 'x', target: 'y', properties: [{ key: 'order', value: 'first' }], evidence: [] }),
    ).toThrow('RESPONDED_WITH needs a number for "order"; "first" is not one.');
  });

  it("adds a quote to another file's relation as this file's entry for the same relation", () => {
    const file = open();
    addEvidence(file, 'site-briefings--part-of--election', { paragraph: 3, quote: 'part of' }, ELSEWHERE);
    addEvidence(file, 'ada-quill', { paragraph: 2, quote: 'Ms. Quill' }, ELSEWHERE);
    expect(file.toString()).toBe(
      [
        ...lines(FILE).slice(0, 11),
        '      - { paragraph: 2, quote: "Ms. Quill" }',
        ...lines(FILE).slice(11, 24),
        '  - type: PART_OF',
        '    source: site-briefings',
        '    target: election',
        '    evidence:',
        '      - { paragraph: 3, quote: "part of" }',
        ...lines(FILE).slice(24),
      ].join('\n'),
    );
  });
});

describe('updateNode and removeItem', () => {
  it('changes only the fields given, each where the field order puts it, and takes away those given as null or empty', () => {
    const file = open();
    updateNode(file, 'ada-quill', { description: 'Organizer of the Heron Party.', aliases: [], date: null });
    expect(lines(file.toString()).slice(5, 11)).toEqual([
      '  - id: ada-quill',
      '    kind: Person',
      '    name: Ada Quill',
      '    description: Organizer of the Heron Party.',
      '    evidence:',
      '      - { paragraph: 1, quote: "Ada Quill is the party\'s organizer." }',
    ]);
  });

  it("removes a node with this file's relations that join it, and keeps the comments around them", () => {
    const file = open();
    removeItem(file, 'heron-party');
    // The list is empty, so the Document is printed (the printer sets a comment after it apart with a blank line).
    expect(file.toString()).toBe([...lines(FILE).slice(0, 12), '', 'edges: []', '', '# end of file', ''].join('\n'));
  });

  it('prints the whole Document, comments and order kept, when a section is a flow list', () => {
    const text = 'document: fictional-doc # the id\nnodes: []\n# no edges yet\n';
    const file = open(text);
    addNode(file, { kind: 'Person', name: 'Ada Quill', evidence: [{ paragraph: 1, quote: 'Ada Quill' }] }, NOTHING_ELSEWHERE);
    expect(file.toString()).toBe(
      [
        'document: fictional-doc # the id',
        'nodes:',
        '  - id: ada-quill',
        '    kind: Person',
        '    name: Ada Quill',
        '    evidence:',
        '      - { paragraph: 1, quote: "Ada Quill" }',
        '',
        '# no edges yet',
        '',
      ].join('\n'),
    );
  });
});
