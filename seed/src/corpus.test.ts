// The seed as a corpus: shared entities (entities.yaml), judgements (resolutions.yaml), aliases
// scoped to their document, negative facts, the Interview of each document, and documents taken
// out again. The small folders here are fictional (invented people and parties).
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS_DIR } from '../../test/fixtures.ts';
import type { Evidence, GraphData, GraphNode } from '../../graph/src/model.ts';
import { deriveElections } from './elections.ts';
import { loadGraph, loadSeed } from './pipeline.ts';
import { formatProblem, SeedError } from './problems.ts';

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tg-corpus-'));
  folders.push(dir);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

async function problemsOf(dir: string): Promise<string[]> {
  try {
    await loadGraph(dir);
    return [];
  } catch (error) {
    if (error instanceof SeedError) return error.problems.map(formatProblem);
    throw error;
  }
}

/** A fictional summary: the Heron Party's `who`, at the SITE briefings. */
function summary(who: string, party: string, sentence: string): string {
  return `Stage 1 Interview Summary: ${who}

${who}, the Director of the ${party}, was interviewed by Commission counsel on May 2, 2024.

1. Briefings

[1] ${sentence}
`;
}

const ENTITIES = `entities:
  - id: site-task-force
    kind: Organization
    category: task force
    name: SITE Task Force
    aliases: [SITE]
    description: The task force that briefed the parties.
  - id: site-briefings-2021
    kind: Briefing
    name: SITE briefings for the 2021 election
    date: "2021"
`;

const DOC_A = summary('Jane Roe', 'Heron Party', 'Jane Roe attended the SITE briefings. The Party sent her alone.');
const DOC_B = summary('Omar Feld', 'Finch Party', 'Omar Feld did not attend the SITE briefings. The Party sent nobody.');
const ANN_A = `document: doc-a
nodes:
  - id: jane-roe
    kind: Person
    name: Jane Roe
    evidence:
      - { paragraph: 1, quote: "Jane Roe attended the SITE briefings" }
  - id: heron-party
    kind: Organization
    name: Heron Party
    aliases: [the Party]
    evidence:
      - { paragraph: 1, quote: "The Party sent her alone." }
  - id: site-briefings-2021
    evidence:
      - { paragraph: 1, quote: "the SITE briefings" }
edges:
  - type: ATTENDED
    source: jane-roe
    target: site-briefings-2021
    evidence:
      - { paragraph: 1, quote: "Jane Roe attended the SITE briefings" }
`;
const ANN_B = `document: doc-b
nodes:
  - id: omar-feld
    kind: Person
    name: Omar Feld
    evidence:
      - { paragraph: 1, quote: "Omar Feld did not attend" }
  - id: finch-party
    kind: Organization
    name: Finch Party
    aliases: [the Party]
    evidence:
      - { paragraph: 1, quote: "The Party sent nobody." }
  - id: site-briefings-2021
    evidence:
      - { paragraph: 1, quote: "the SITE briefings" }
edges:
  - type: ATTENDED
    source: omar-feld
    target: site-briefings-2021
    negative: true
    evidence:
      - { paragraph: 1, quote: "Omar Feld did not attend the SITE briefings." }
`;
const TWO = {
  'entities.yaml': ENTITIES,
  'documents/doc-a.txt': DOC_A,
  'annotations/doc-a.yaml': ANN_A,
  'documents/doc-b.txt': DOC_B,
  'annotations/doc-b.yaml': ANN_B,
};

/** The node without its overview position: graph/src/overview-layout.test.ts tests where nodes are placed. */
const node = (g: GraphData, id: string) => {
  const found = g.nodes.find((n) => n.id === id);
  if (!found) return undefined;
  const { position: _p, ...rest } = found;
  return rest;
};

describe('shared entities (entities.yaml)', () => {
  it('gives a reference its shared definition and the evidence of every document that cites it', async () => {
    const graph = await loadGraph(await folder(TWO));
    expect(node(graph, 'site-briefings-2021')).toEqual({
      id: 'site-briefings-2021',
      kind: 'Briefing',
      name: 'SITE briefings for the 2021 election',
      date: '2021',
      evidence: [
        { document: 'doc-a', paragraph: 1, quote: 'the SITE briefings' },
        { document: 'doc-b', paragraph: 1, quote: 'the SITE briefings' },
      ],
    });
  });

  it('leaves out a shared entity no document cites', async () => {
    const graph = await loadGraph(await folder(TWO));
    expect(node(graph, 'site-task-force')).toBeUndefined();
  });

  it('links a document alias only in its own document, so two parties may each be "the Party"', async () => {
    const graph = await loadGraph(await folder(TWO));
    // Aliases match case-sensitively: "The Party" at the start of a sentence is not "the Party".
    expect(graph.mentions.filter((m) => m.entity.endsWith('-party'))).toEqual([]);
    const lower = await loadGraph(
      await folder({
        ...TWO,
        'documents/doc-a.txt': DOC_A.replace('The Party sent her alone.', 'She went for the Party.'),
        'annotations/doc-a.yaml': ANN_A.replace('"The Party sent her alone."', '"She went for the Party."'),
        'documents/doc-b.txt': DOC_B.replace('The Party sent nobody.', 'Nobody went for the Party.'),
        'annotations/doc-b.yaml': ANN_B.replace('"The Party sent nobody."', '"Nobody went for the Party."'),
      }),
    );
    expect(lower.mentions.filter((m) => m.text === 'the Party')).toEqual([
      { document: 'doc-a', paragraph: 1, entity: 'heron-party', text: 'the Party' },
      { document: 'doc-b', paragraph: 1, entity: 'finch-party', text: 'the Party' },
    ]);
  });

  it('refuses a reused id that disagrees on its name or description, naming both places', async () => {
    const renamed = ANN_B.replace(
      '  - id: site-briefings-2021\n',
      '  - id: site-briefings-2021\n    kind: Briefing\n    name: SITE briefings of 2021\n    description: Another description.\n',
    );
    expect(await problemsOf(await folder({ ...TWO, 'annotations/doc-b.yaml': renamed }))).toEqual([
      'annotations/doc-b.yaml:14: "site-briefings-2021" is named "SITE briefings of 2021" here but "SITE briefings for the 2021 election" at entities.yaml:8',
    ]);
    const described = ANN_B.replace(
      '  - id: site-briefings-2021\n',
      '  - id: site-briefings-2021\n    kind: Briefing\n    name: SITE briefings for the 2021 election\n    description: Another description.\n',
    );
    const withDescription = ENTITIES.replace('    date: "2021"\n', '    date: "2021"\n    description: The 2021 briefings.\n');
    expect(await problemsOf(await folder({ ...TWO, 'entities.yaml': withDescription, 'annotations/doc-b.yaml': described }))).toEqual([
      'annotations/doc-b.yaml:14: "site-briefings-2021" has the description "Another description." here but "The 2021 briefings." at entities.yaml:8',
    ]);
  });

  it('refuses a reference to an id nothing defines, and a reference that carries a definition field', async () => {
    const dangling = ANN_A.replace('  - id: site-briefings-2021\n', '  - id: site-briefing-2021\n');
    expect(await problemsOf(await folder({ ...TWO, 'annotations/doc-a.yaml': dangling }))).toEqual([
      'annotations/doc-a.yaml:14: "site-briefing-2021" refers to an entity (no kind or name) that neither entities.yaml nor another document defines (did you mean "site-briefings-2021"?)',
    ]);
    const described = ANN_A.replace('  - id: site-briefings-2021\n', '  - id: site-briefings-2021\n    description: Mine.\n');
    expect(await problemsOf(await folder({ ...TWO, 'annotations/doc-a.yaml': described }))).toEqual([
      'annotations/doc-a.yaml:15: nodes.2.description: a reference to an entity defined elsewhere (no kind or name) carries only id, evidence and aliases, not description',
    ]);
  });

  it('adds no empty properties to a shared item two documents define alike', async () => {
    // Both documents define the briefing in full, without properties: the merged node has none either.
    const full = (ann: string) =>
      ann.replace(
        '  - id: site-briefings-2021\n',
        '  - id: site-briefings-2021\n    kind: Briefing\n    name: SITE briefings for the 2021 election\n',
      );
    const graph = await loadGraph(
      await folder({
        ...TWO,
        'entities.yaml': 'entities: []\n',
        'annotations/doc-a.yaml': full(ANN_A),
        'annotations/doc-b.yaml': full(ANN_B),
      }),
    );
    expect(node(graph, 'site-briefings-2021')).toEqual({
      id: 'site-briefings-2021',
      kind: 'Briefing',
      name: 'SITE briefings for the 2021 election',
      evidence: [
        { document: 'doc-a', paragraph: 1, quote: 'the SITE briefings' },
        { document: 'doc-b', paragraph: 1, quote: 'the SITE briefings' },
      ],
    });
  });

  it('refuses a stray entities.yml or resolutions.yml rather than ignoring it', async () => {
    expect(await problemsOf(await folder({ ...TWO, 'entities.yml': ENTITIES, 'resolutions.yml': 'same: []\n' }))).toEqual([
      'entities.yml: is not read: name it entities.yaml (beside entities.yaml: keep one)',
      'resolutions.yml: is not read: name it resolutions.yaml',
    ]);
  });
});

describe('negative facts', () => {
  it('puts negative: true on the relation, and refuses it among the properties', async () => {
    const graph = await loadGraph(await folder(TWO));
    expect(graph.edges.filter((e) => e.type === 'ATTENDED').map((e) => [e.id, e.negative ?? false])).toEqual([
      ['jane-roe--attended--site-briefings-2021', false],
      ['omar-feld--not-attended--site-briefings-2021', true],
    ]);
    const old = ANN_B.replace('    negative: true\n', '    properties: { negative: true }\n');
    expect(await problemsOf(await folder({ ...TWO, 'annotations/doc-b.yaml': old }))).toEqual([
      'annotations/doc-b.yaml:21: edges.0.properties: negative is not a property: write `negative: true` on the node or relation itself (beside its evidence)',
    ]);
  });
});

describe('resolutions.yaml', () => {
  // doc-b calls the Heron Party by another id, spelt another way.
  const heron = ANN_B.replace(
    '  - id: site-briefings-2021\n',
    '  - id: heron-parti\n    kind: Organization\n    name: Heron Parti\n    evidence:\n      - { paragraph: 1, quote: "The Party sent nobody." }\n  - id: site-briefings-2021\n',
  );
  const withHeron = {
    ...TWO,
    'annotations/doc-b.yaml': `${heron}  - type: MET_WITH\n    source: omar-feld\n    target: heron-parti\n    evidence:\n      - { paragraph: 1, quote: "Omar Feld" }\n`,
  };

  it('warns, naming both places, about alike names of one kind that no judgement covers', async () => {
    const { warnings } = await loadSeed(await folder(withHeron));
    expect(warnings.map(formatProblem)).toEqual([
      'annotations/doc-b.yaml:14: "heron-parti" ("Heron Parti") and "heron-party" ("Heron Party", annotations/doc-a.yaml:8) are both Organization nodes with alike names: one thing or two? Say so in resolutions.yaml (same: [[heron-party, heron-parti]] or different: [[heron-party, heron-parti]])',
    ]);
    const judged = await loadSeed(await folder({ ...withHeron, 'resolutions.yaml': 'different:\n  - [heron-party, heron-parti]\n' }));
    expect(judged.warnings).toEqual([]);
  });

  it('merges `same` pairs into the first id: evidence, names as aliases, mergedIds, and every relation rewritten', async () => {
    const graph = await loadGraph(await folder({ ...withHeron, 'resolutions.yaml': 'same:\n  - [heron-party, heron-parti]\n' }));
    expect(node(graph, 'heron-parti')).toBeUndefined();
    expect(node(graph, 'heron-party')).toEqual({
      id: 'heron-party',
      kind: 'Organization',
      name: 'Heron Party',
      aliases: ['Heron Parti', 'the Party'],
      mergedIds: ['heron-parti'],
      evidence: [
        { document: 'doc-a', paragraph: 1, quote: 'The Party sent her alone.' },
        { document: 'doc-b', paragraph: 1, quote: 'The Party sent nobody.' },
      ],
    });
    expect(graph.edges.filter((e) => e.type === 'MET_WITH').map((e) => [e.id, e.source, e.target])).toEqual([
      ['omar-feld--met-with--heron-party', 'omar-feld', 'heron-party'],
    ]);
  });

  it('refuses a pair of different kinds, an id merged twice, and a pair judged both ways; warns about ids no document cites', async () => {
    const bad =
      'same:\n  - [heron-party, omar-feld]\n  - [finch-party, heron-parti]\n  - [jane-roe, heron-parti]\ndifferent:\n  - [heron-party, omar-feld]\n';
    expect(await problemsOf(await folder({ ...withHeron, 'resolutions.yaml': bad }))).toEqual([
      'resolutions.yaml:4: same: "heron-parti" is merged into "jane-roe" here and into "finch-party" at line 3: merge it into one',
      'resolutions.yaml:6: different: [heron-party, omar-feld] is judged already at line 2 (same): one pair, one judgement',
    ]);
    const { warnings } = await loadSeed(await folder({ ...TWO, 'resolutions.yaml': 'same:\n  - [heron-party, no-such-party]\n' }));
    expect(warnings.map(formatProblem)).toEqual([
      'resolutions.yaml:2: same: [heron-party, no-such-party]: no document cites "no-such-party"; nothing merged',
    ]);
  });
});

describe('the interview of each document', () => {
  it('is an Interview node, dated, with its interviewer, and INTERVIEWED_IN from the witness, citing the interview line', async () => {
    const graph = await loadGraph(await folder(TWO));
    const line = 'Jane Roe, the Director of the Heron Party, was interviewed by Commission counsel on May 2, 2024.';
    expect(node(graph, 'interview-doc-a')).toEqual({
      id: 'interview-doc-a',
      kind: 'Interview',
      name: 'Interview of Jane Roe',
      date: '2024-05-02',
      properties: { interviewer: 'Commission counsel' },
      evidence: [{ document: 'doc-a', paragraph: 0, quote: line }],
    });
    expect(graph.edges.filter((e) => e.type === 'INTERVIEWED_IN' && e.target === 'interview-doc-a')).toEqual([
      {
        id: 'jane-roe--interviewed-in--interview-doc-a',
        type: 'INTERVIEWED_IN',
        source: 'jane-roe',
        target: 'interview-doc-a',
        evidence: [{ document: 'doc-a', paragraph: 0, quote: line }],
      },
    ]);
  });

  it('warns when no Person of the document is the witness', async () => {
    const { warnings } = await loadSeed(
      await folder({ ...TWO, 'annotations/doc-a.yaml': ANN_A.replaceAll('jane-roe', 'j-roe').replace('name: Jane Roe', 'name: J. Roe') }),
    );
    expect(warnings.map(formatProblem)).toEqual([
      'documents/doc-a.txt: the witness "Jane Roe" is no Person this document cites (by name or alias): add one, so that INTERVIEWED_IN links them to the interview',
    ]);
  });

  it('makes one INTERVIEWED_IN per witness of the panel in the corpus', async () => {
    const graph = await loadGraph(FIXTURE_CORPUS_DIR);
    const panel = 'interview-stage1-interview-summary-northgate-party-panel';
    expect(graph.edges.filter((e) => e.target === panel).map((e) => e.source)).toEqual([
      'selma-ravenhill',
      'piotr-adeyemi-strand',
      'yusuf-calloway',
    ]);
    expect(graph.nodes.filter((n) => n.kind === 'Interview').length).toBe(graph.documents.length);
  });
});

describe('a wrong document: line', () => {
  it('is reported with every other problem of the file, not alone', async () => {
    const wrong = ANN_A.replace('document: doc-a', 'document: doc-x').replace(
      'quote: "Jane Roe attended the SITE briefings" }\n  - id: heron',
      'quote: "Jane Roe went" }\n  - id: heron',
    );
    expect(await problemsOf(await folder({ ...TWO, 'annotations/doc-a.yaml': wrong }))).toEqual([
      'annotations/doc-a.yaml:1: document "doc-x" does not match the file name: expected "doc-a"',
      'annotations/doc-a.yaml:7: quote not found in paragraph [1]: "Jane Roe went"',
    ]);
  });
});

/**
 * What the graph of the corpus is without one document, worked out from the whole graph: its
 * evidence, mentions and Interview gone, nodes and relations only it cited gone, the elections
 * derived again. Aliases are compared apart (the graph does not say which document gave them).
 */
function without(graph: GraphData, document: string): GraphData {
  const cites = (x: { evidence: Evidence[] }) => x.evidence.filter((e) => e.document !== document);
  const nodes = graph.nodes.flatMap((n): GraphNode[] => {
    const evidence = cites(n);
    const { elections: _e, ...rest } = n;
    return evidence.length ? [{ ...rest, evidence }] : [];
  });
  const kept = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.flatMap((e) => {
    const evidence = cites(e);
    return evidence.length && kept.has(e.source) && kept.has(e.target) ? [{ ...e, evidence }] : [];
  });
  const elections = deriveElections(nodes, edges);
  return {
    documents: graph.documents.filter((d) => d.id !== document),
    nodes: nodes.map((n) => {
      const years = elections.get(n.id);
      return years?.length ? { ...n, elections: years } : n;
    }),
    edges,
    mentions: graph.mentions.filter((m) => m.document !== document && kept.has(m.entity)),
  };
}

// Positions too are left out: removing a document moves the shared nodes it cited (overview-layout.test.ts).
const noAliases = (g: GraphData): GraphData => ({ ...g, nodes: g.nodes.map(({ aliases: _a, position: _p, ...n }) => n) });

describe('documents in and out', () => {
  it("removing a document's two files removes exactly what it contributed", async () => {
    const full = await loadGraph(FIXTURE_CORPUS_DIR);
    const gone = 'stage1-interview-summary-marisol-quennell';
    const dir = await mkdtemp(join(tmpdir(), 'tg-corpus-out-'));
    folders.push(dir);
    await cp(FIXTURE_CORPUS_DIR, dir, { recursive: true });
    await rm(join(dir, 'documents', `${gone}.txt`));
    await rm(join(dir, 'annotations', `${gone}.yaml`));
    const after = await loadGraph(dir);
    expect(noAliases(after)).toEqual(noAliases(without(full, gone)));
    // Entities only it cited are gone; shared ones keep the rest of their evidence.
    expect(['marisol-quennell', 'citizens-forward-alliance', `interview-${gone}`].map((id) => node(after, id))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(node(after, 'site-briefings-2021')?.evidence.some((e) => e.document === gone)).toBe(false);
    expect(node(after, 'site-briefings-2021')?.evidence.length).toBeGreaterThan(0);
  });
});
