// Draft items in the seed: checked like every item, left out unless asked for, marked when taken in.
// The documents here are fictional (invented people and party), written for these tests.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphData } from '../../graph/src/model.ts';
import { loadSeed } from './pipeline.ts';
import { SeedError } from './problems.ts';

const DOCUMENT = `Stage 1 Interview Summary: Jane Roe

Jane Roe, the Director of the Heron Party, was interviewed by Commission counsel on May 2, 2024.

1. Background

[1] Jane Roe has served as the Director of the Heron Party since 2018.

[2] Ms. Roe attended a briefing held by the Heron Party.
`;

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function data(annotation: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'drafts-test-'));
  dirs.push(dir);
  await mkdir(join(dir, 'documents'));
  await mkdir(join(dir, 'annotations'));
  await writeFile(join(dir, 'documents', 'roe.txt'), DOCUMENT);
  await writeFile(join(dir, 'annotations', 'roe.yaml'), `document: roe\n${annotation}`);
  return dir;
}

async function problems(dir: string, drafts = false): Promise<string[]> {
  return loadSeed(dir, { drafts }).then(
    () => [],
    (error: unknown) => {
      if (!(error instanceof SeedError)) throw error;
      return error.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    },
  );
}

const REVIEWED_PERSON = `  - id: jane-roe
    kind: Person
    name: Jane Roe
    evidence:
      - { paragraph: 1, quote: "Jane Roe has served as the Director" }
`;
const DRAFT_PARTY = `  - id: heron-party
    kind: Organization
    name: Heron Party
    review: draft
    rule: organization.name-head
    confidence: 0.8
    evidence:
      - { paragraph: 1, quote: "Heron Party" }
`;
const DRAFT_HELD_ROLE = `  - type: HELD_ROLE
    source: jane-roe
    target: heron-party
    properties: { role: Director }
    review: draft
    rule: held-role.served-as
    confidence: 0.7
    evidence:
      - { paragraph: 1, quote: "has served as the Director of the Heron Party" }
`;

/** What the annotation gave: without the Interview node and INTERVIEWED_IN relation the seed makes for every document. */
function curated(graph: GraphData): GraphData {
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => n.kind !== 'Interview'),
    edges: graph.edges.filter((e) => e.type !== 'INTERVIEWED_IN'),
  };
}

describe('drafts in the seed', () => {
  it('leaves draft items out and counts them, and with drafts takes them in marked draft: true', async () => {
    const dir = await data(`nodes:\n${REVIEWED_PERSON}${DRAFT_PARTY}edges:\n${DRAFT_HELD_ROLE}`);
    const loaded = await loadSeed(dir);
    const without = { ...loaded, graph: curated(loaded.graph) };
    expect([without.graph.nodes.map((n) => [n.id, n.draft]), without.graph.edges, without.draftsLeftOut]).toEqual([
      [['jane-roe', undefined]],
      [],
      2,
    ]);
    const all = await loadSeed(dir, { drafts: true });
    const withDrafts = { ...all, graph: curated(all.graph) };
    expect([
      withDrafts.graph.nodes.map((n) => [n.id, n.draft]),
      withDrafts.graph.edges.map((e) => [e.id, e.draft]),
      withDrafts.draftsLeftOut,
    ]).toEqual([
      [
        ['jane-roe', undefined],
        ['heron-party', true],
      ],
      [['jane-roe--held-role--heron-party', true]],
      0,
    ]);
  });

  it('reports a draft whose quote is not in its paragraph, or that names an unknown id, even when drafts are left out', async () => {
    const badQuote = DRAFT_PARTY.replace('quote: "Heron Party"', 'quote: "Heron Partei"');
    const badTarget = DRAFT_HELD_ROLE.replace('target: heron-party', 'target: heron-partie');
    const dir = await data(`nodes:\n${REVIEWED_PERSON}${badQuote}edges:\n${badTarget}`);
    const expected = [
      'annotations/roe.yaml:15: quote not found in paragraph [1]: "Heron Partei"',
      'annotations/roe.yaml:17: HELD_ROLE target "heron-partie" is not a known id (did you mean "heron-party"?)',
    ];
    expect([await problems(dir), await problems(dir, true)]).toEqual([expected, expected]);
  });

  it('refuses a reviewed relation to a node that is still a draft, unless drafts are taken in', async () => {
    const reviewedEdge = DRAFT_HELD_ROLE.replace(/ {4}review: draft\n/, '');
    const dir = await data(`nodes:\n${REVIEWED_PERSON}${DRAFT_PARTY}edges:\n${reviewedEdge}`);
    expect([await problems(dir), await problems(dir, true)]).toEqual([
      ['annotations/roe.yaml:17: HELD_ROLE target "heron-party" is a draft (review: draft): review it too, or seed with --drafts'],
      [],
    ]);
  });

  it('leaves rejected items out whatever the options, unchecked', async () => {
    const rejected = DRAFT_HELD_ROLE.replace('review: draft', 'review: rejected').replace('target: heron-party', 'target: no-such-node');
    const dir = await data(`nodes:\n${REVIEWED_PERSON}${DRAFT_PARTY}edges:\n${rejected}`);
    const counts = async (drafts: boolean) => {
      const loaded = await loadSeed(dir, { drafts });
      const { graph, draftsLeftOut } = { ...loaded, graph: curated(loaded.graph) };
      return [graph.nodes.length, graph.edges.length, draftsLeftOut];
    };
    expect([await counts(false), await counts(true)]).toEqual([
      [1, 0, 1],
      [2, 0, 0],
    ]);
  });

  it('accepts only "draft" or "rejected" as a review and a confidence between 0 and 1', async () => {
    const dir = await data(`nodes:\n${DRAFT_PARTY.replace('review: draft', 'review: done').replace('confidence: 0.8', 'confidence: 1.5')}`);
    expect(await problems(dir)).toEqual([
      'annotations/roe.yaml:6: nodes.0.review: review is "draft" or "rejected" (remove the line once the item is reviewed and right)',
      'annotations/roe.yaml:8: nodes.0.confidence: confidence is between 0 and 1',
    ]);
  });
});
