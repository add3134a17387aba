// Past 300 lines: the pipeline's cases share one temporary data folder builder.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERVIEW_PARAGRAPH } from '../../graph/src/interview.ts';
import type { GraphData } from '../../graph/src/model.ts';
import { loadGraph } from './pipeline.ts';
import { SeedError, type Problem } from './problems.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const FIXED_IDS = [
  'azam-ishmael',
  'braeden-caley',
  'mathieu-lafrance',
  'liberal-party',
  'site-task-force',
  'cyber-centre',
  'elections-canada',
  'don-valley-north',
  'election-2019',
  'election-2021',
];

const DOC_A = `Interview Summary: Jane Doe

Jane Doe, the Director, was interviewed by Commission counsel on February 9, 2024.

1. Briefings

[1] Jane Doe attended SITE briefings in respect of the 2019 federal election.

[2] The Canadian Centre for Cyber Security alerted the Party.
`;
const DOC_B = `Interview Summary: John Roe

John Roe, the Organizer, was interviewed by Commission counsel on March 1, 2024.

1. Briefings

[1] John Roe told SITE about an incident.
`;
const ANN_A = `document: doc-a
nodes:
  - id: jane-doe
    kind: Person
    name: Jane Doe
    evidence:
      - { paragraph: 1, quote: "Jane Doe attended SITE briefings" }
  - id: site-task-force
    kind: Organization
    category: task force
    name: SITE Task Force
    aliases: [SITE]
    evidence:
      - { paragraph: 1, quote: "SITE briefings" }
  - id: cyber-centre
    kind: Organization
    category: agency
    name: Canadian Centre for Cyber Security
    evidence:
      - { paragraph: 2, quote: "The Canadian Centre for Cyber Security alerted the Party." }
edges:
  - type: MET_WITH
    source: jane-doe
    target: site-task-force
    evidence:
      - { paragraph: 1, quote: "Jane Doe attended SITE briefings" }
`;
const ANN_B = `document: doc-b
nodes:
  - id: john-roe
    kind: Person
    name: John Roe
    evidence:
      - { paragraph: 1, quote: "John Roe told SITE" }
  - id: site-task-force
    kind: Organization
    category: task force
    name: SITE Task Force
    aliases: [Security and Intelligence Threats to Elections Task Force]
    evidence:
      - { paragraph: 1, quote: "told SITE about an incident" }
edges:
  - type: MET_WITH
    source: john-roe
    target: site-task-force
    evidence:
      - { paragraph: 1, quote: "John Roe told SITE" }
`;

/** Write a data folder (documents/ + annotations/) from a map of relative path → content. */
async function dataDir(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tg-seed-'));
  await mkdir(join(dir, 'documents'));
  await mkdir(join(dir, 'annotations'));
  for (const [path, content] of Object.entries(files)) await writeFile(join(dir, path), content);
  return dir;
}

async function problemsOf(files: Record<string, string | Uint8Array>): Promise<Problem[]> {
  const error = await loadGraph(await dataDir(files)).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof SeedError)) throw new Error(`expected a SeedError, got ${String(error)}`);
  return [...error.problems];
}

const twoDocuments = {
  'documents/doc-a.txt': DOC_A,
  'annotations/doc-a.yaml': ANN_A,
  'documents/doc-b.txt': DOC_B,
  'annotations/doc-b.yaml': ANN_B,
};

describe('the seed graph of the Ishmael summary', async () => {
  const graph: GraphData = await loadGraph(FIXTURE_DATA_DIR);
  const paragraphText = new Map(graph.documents.flatMap((d) => d.paragraphs.map((p) => [`${d.id}#${p.number}`, p.text])));
  const node = (id: string) => graph.nodes.find((n) => n.id === id);
  const edgesOf = (type: string, filter: { source?: string; target?: string } = {}) =>
    graph.edges
      .filter((e) => e.type === type && (!filter.source || e.source === filter.source) && (!filter.target || e.target === filter.target))
      .map((e) => `${e.source} -> ${e.target}`)
      .sort();

  it('has every fixed id of the design', () => {
    expect(FIXED_IDS.filter((id) => !node(id))).toEqual([]);
  });

  it('places every node for the overview, unless asked for the graph without its layout (the same graph otherwise)', async () => {
    expect(graph.nodes.filter((n) => !n.position).map((n) => n.id)).toEqual([]);
    const plain = await loadGraph(FIXTURE_DATA_DIR, { layout: false });
    expect(plain.nodes.filter((n) => n.position).map((n) => n.id)).toEqual([]);
    expect(plain).toEqual({ ...graph, nodes: graph.nodes.map(({ position: _p, ...n }) => n) });
  });

  it('gives every node and edge evidence whose quote is an exact substring of its paragraph (of the interview line for the header)', () => {
    const items = [...graph.nodes, ...graph.edges];
    expect(items.filter((x) => x.evidence.length === 0).map((x) => x.id)).toEqual([]);
    const textOf = (document: string, paragraph: number) =>
      paragraph === INTERVIEW_PARAGRAPH
        ? graph.documents.find((d) => d.id === document)?.interviewLine
        : paragraphText.get(`${document}#${paragraph}`);
    const misquoted = items.flatMap((x) => x.evidence.filter((e) => !textOf(e.document, e.paragraph)?.includes(e.quote)).map(() => x.id));
    expect(misquoted).toEqual([]);
  });

  it('cites the header (the interview) and every paragraph from 1 to 22', () => {
    const cited = new Set([...graph.nodes, ...graph.edges].flatMap((x) => x.evidence.map((e) => e.paragraph)));
    expect([...cited].sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i));
  });

  it('records who attended the SITE briefings of 2019 and 2021, organised by SITE, part of their election', () => {
    expect(edgesOf('ATTENDED', { target: 'site-briefings-2019' })).toEqual([
      'azam-ishmael -> site-briefings-2019',
      'braeden-caley -> site-briefings-2019',
      'mathieu-lafrance -> site-briefings-2019',
    ]);
    expect(edgesOf('ATTENDED', { target: 'site-briefings-2021' })).toEqual([
      'azam-ishmael -> site-briefings-2021',
      'braeden-caley -> site-briefings-2021',
    ]);
    expect(edgesOf('ORGANIZED', { source: 'site-task-force' })).toEqual([
      'site-task-force -> site-briefings-2019',
      'site-task-force -> site-briefings-2021',
    ]);
    expect(edgesOf('PART_OF').filter((e) => e.startsWith('site-briefings'))).toEqual([
      'site-briefings-2019 -> election-2019',
      'site-briefings-2021 -> election-2021',
    ]);
  });

  it("records Ishmael's two roles", () => {
    const roles = graph.edges.filter((e) => e.type === 'HELD_ROLE' && e.source === 'azam-ishmael').map((e) => e.properties);
    expect(roles).toEqual([
      { role: 'National Director', since: '2017' },
      { role: 'National Campaign Director', during: '2021' },
    ]);
  });

  it('traces the account breach: reported to SITE and the platform, password changed, no further steps', () => {
    expect(edgesOf('REPORTED_TO', { source: 'account-breach-2021' })).toEqual([
      'account-breach-2021 -> site-task-force',
      'account-breach-2021 -> social-media-platform',
    ]);
    const steps = graph.edges
      .filter((e) => e.type === 'RESPONDED_WITH' && e.source === 'account-breach-2021')
      .sort((a, b) => Number(a.properties?.order) - Number(b.properties?.order))
      .map((e) => e.target);
    expect(steps).toEqual(['breach-reported-to-site', 'breach-reported-to-platform', 'breach-password-changed', 'breach-no-further-steps']);
    expect(node('breach-no-further-steps')?.negative).toBe(true);
  });

  it('has four recommendations by Ishmael, each addressed to someone, citing paragraphs 19 to 22', () => {
    const recs = edgesOf('RECOMMENDED', { source: 'azam-ishmael' }).map((e) => e.split(' -> ')[1] ?? '');
    expect(recs).toHaveLength(4);
    const cited = recs.map((id) => node(id)?.evidence.map((e) => e.paragraph));
    expect(cited.flat().sort()).toEqual([19, 20, 21, 22]);
    expect(recs.map((id) => edgesOf('ADDRESSED_TO', { source: id }).length > 0)).toEqual([true, true, true, true]);
  });

  it("records the Party's view that foreign interference did not affect either election", () => {
    expect(edgesOf('ASSERTED', { source: 'liberal-party' })).toEqual(
      expect.arrayContaining(['liberal-party -> claim-no-fi-effect-2019', 'liberal-party -> claim-no-fi-effect-2021']),
    );
    expect(edgesOf('ABOUT', { source: 'claim-no-fi-effect-2019' })).toContain('claim-no-fi-effect-2019 -> election-2019');
  });

  it('links paragraphs to the entities they name, through aliases too', () => {
    const mentioned = (p: number) => graph.mentions.filter((m) => m.paragraph === p).map((m) => m.entity);
    expect(mentioned(3)).toEqual(expect.arrayContaining(['cyber-centre', 'liberal-party']));
    expect(mentioned(13)).toEqual(expect.arrayContaining(['azam-ishmael', 'braeden-caley', 'site-task-force']));
  });

  it('places nodes in the elections they belong to', () => {
    expect(node('site-briefings-2019')?.elections).toEqual([2019]);
    expect(node('account-breach-2021')?.elections).toEqual([2021]);
    expect(node('azam-ishmael')?.elections).toEqual([2019, 2021]);
  });
});

describe('seeding several documents', () => {
  it('resolves an entity defined in two documents to one node with the evidence of both', async () => {
    const graph = await loadGraph(await dataDir(twoDocuments));
    const site = graph.nodes.filter((n) => n.id === 'site-task-force');
    expect(site).toHaveLength(1);
    expect(site[0]?.evidence.map((e) => e.document)).toEqual(['doc-a', 'doc-b']);
    expect(site[0]?.aliases).toEqual(['SITE', 'Security and Intelligence Threats to Elections Task Force']);
    expect(graph.documents.map((d) => d.id)).toEqual(['doc-a', 'doc-b']);
  });
});

describe('reporting broken annotations with file and line', () => {
  const withAnnotation = (yaml: string) => ({ ...twoDocuments, 'annotations/doc-a.yaml': yaml });

  it('reports a quote that is not in its paragraph, and a near miss in typography', async () => {
    const yaml = ANN_A.replace(
      '"Jane Doe attended SITE briefings" }\n  - id: site',
      '"Jane Doe skipped SITE briefings" }\n  - id: site',
    ).replace('The Canadian Centre for Cyber Security alerted the Party.', 'the canadian centre for cyber security alerted the party.');
    expect(await problemsOf(withAnnotation(yaml))).toEqual([
      { file: 'annotations/doc-a.yaml', line: 7, message: 'quote not found in paragraph [1]: "Jane Doe skipped SITE briefings"' },
      {
        file: 'annotations/doc-a.yaml',
        line: 20,
        message:
          'quote not found in paragraph [2]: "the canadian centre for cyber security alerted the party." (it differs only in case, quotation marks, dashes or spacing: copy it from the document)',
      },
    ]);
  });

  it('reports an unknown id with a suggestion', async () => {
    const yaml = ANN_A.replace('    source: jane-doe\n', '    source: jane-do\n');
    expect(await problemsOf(withAnnotation(yaml))).toEqual([
      { file: 'annotations/doc-a.yaml', line: 22, message: 'MET_WITH source "jane-do" is not a known id (did you mean "jane-doe"?)' },
    ]);
  });

  it('reports a YAML syntax error at its line', async () => {
    const yaml = ANN_A.replace('    name: Jane Doe\n', '    name: [Jane Doe\n');
    const problems = await problemsOf(withAnnotation(yaml));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === 'annotations/doc-a.yaml' && p.message.startsWith('YAML syntax error'))).toBe(true);
    // The parser notices the unclosed [ where the next key starts.
    expect(problems[0]?.line).toBe(6);
  });

  it('reports an unknown kind, a relation between the wrong kinds, and a missing required property', async () => {
    const yaml = ANN_A.replace('kind: Person', 'kind: Human')
      .replace('type: MET_WITH', 'type: RECOMMENDED')
      .concat('  - { type: RESPONDED_WITH, source: jane-doe, target: cyber-centre, evidence: [{ paragraph: 1, quote: "Jane Doe" }] }\n');
    expect(await problemsOf(withAnnotation(yaml))).toEqual([
      {
        file: 'annotations/doc-a.yaml',
        line: 4,
        message:
          'nodes.0.kind: kind must be one of Person, Organization, Place, Election, Briefing, Meeting, Interview, Nomination, Incident, Response, Publication, Process, Claim, Recommendation',
      },
    ]);
    const yaml2 = ANN_A.replace('type: MET_WITH', 'type: RECOMMENDED').concat(
      '  - { type: RESPONDED_WITH, source: jane-doe, target: cyber-centre, evidence: [{ paragraph: 1, quote: "Jane Doe" }] }\n',
    );
    expect(await problemsOf(withAnnotation(yaml2))).toEqual([
      {
        file: 'annotations/doc-a.yaml',
        line: 22,
        message: 'RECOMMENDED cannot have an Organization ("site-task-force") as its target; allowed: Recommendation',
      },
      {
        file: 'annotations/doc-a.yaml',
        line: 27,
        message: 'RESPONDED_WITH cannot have a Person ("jane-doe") as its source; allowed: Incident, Publication, Claim',
      },
      {
        file: 'annotations/doc-a.yaml',
        line: 27,
        message: 'RESPONDED_WITH cannot have an Organization ("cyber-centre") as its target; allowed: Response, Publication, Process',
      },
      { file: 'annotations/doc-a.yaml', line: 27, message: 'RESPONDED_WITH needs a number property "order"' },
    ]);
  });

  it('reports a duplicate id, a conflicting alias and a node without evidence', async () => {
    const yaml = ANN_A.concat('').replace(
      'edges:',
      `  - id: jane-doe
    kind: Person
    name: Jane Doe again
    evidence:
      - { paragraph: 1, quote: "Jane Doe" }
  - id: other-site
    kind: Organization
    name: Other
    aliases: [site]
    evidence:
      - { paragraph: 1, quote: "SITE" }
  - id: bare
    kind: Place
    name: Bare
edges:`,
    );
    expect(await problemsOf(withAnnotation(yaml))).toEqual([
      { file: 'annotations/doc-a.yaml', line: 21, message: 'id "jane-doe" is defined twice (first at line 3)' },
      { file: 'annotations/doc-a.yaml', line: 32, message: '"bare" has no evidence: every node needs a paragraph and quote behind it' },
      {
        file: 'annotations/doc-a.yaml',
        line: 26,
        message: 'the name or alias "site" of "other-site" is already used by "site-task-force" (annotations/doc-a.yaml:8)',
      },
    ]);
  });

  it('reports a paragraph that does not exist and a wrongly typed field', async () => {
    const yaml = ANN_A.replace('{ paragraph: 2, quote:', '{ paragraph: 9, quote:').replace(
      '    name: Jane Doe\n',
      '    name: Jane Doe\n    aliases: Jane\n',
    );
    expect(await problemsOf(withAnnotation(yaml))).toEqual([
      { file: 'annotations/doc-a.yaml', line: 6, message: 'nodes.0.aliases: Invalid input: expected array, received string' },
    ]);
    const yaml2 = ANN_A.replace('{ paragraph: 2, quote:', '{ paragraph: 9, quote:');
    expect(await problemsOf(withAnnotation(yaml2))).toEqual([
      { file: 'annotations/doc-a.yaml', line: 20, message: 'paragraph [9] does not exist in doc-a (it has [1]–[2])' },
    ]);
  });

  it('reports a kind that conflicts between two documents', async () => {
    const yaml = ANN_B.replace('kind: Organization', 'kind: Place').replace('    category: task force\n', '');
    expect(await problemsOf({ ...twoDocuments, 'annotations/doc-b.yaml': yaml })).toEqual([
      {
        file: 'annotations/doc-b.yaml',
        line: 8,
        message: '"site-task-force" is a Place here but an Organization at annotations/doc-a.yaml:8',
      },
    ]);
  });

  it('reports an annotation file that names another document', async () => {
    expect(await problemsOf({ ...twoDocuments, 'annotations/doc-b.yaml': ANN_B.replace('document: doc-b', 'document: doc-a') })).toEqual([
      { file: 'annotations/doc-b.yaml', line: 1, message: 'document "doc-a" does not match the file name: expected "doc-b"' },
    ]);
  });

  it('reports problems of documents and annotations together, in one run', async () => {
    const problems = await problemsOf({
      ...twoDocuments,
      'documents/doc-b.txt': DOC_B.replace('[1]', '[2]'),
      'annotations/doc-a.yaml': ANN_A.replace('jane-doe\n    target', 'nobody\n    target'),
      'documents/doc-c.txt': DOC_B,
      'annotations/doc-d.yaml': 'document: doc-d\n',
    });
    expect(problems).toEqual([
      { file: 'documents/doc-b.txt', line: 7, message: 'paragraph [1] is missing before [2]' },
      { file: 'documents/doc-c.txt', message: 'has no annotation file: add annotations/doc-c.yaml' },
      { file: 'annotations/doc-d.yaml', message: 'has no document: add documents/doc-d.txt' },
      { file: 'annotations/doc-a.yaml', line: 22, message: 'MET_WITH source "nobody" is not a known id' },
    ]);
  });
});
