// Every draft the drafter writes must pass the seed's validator with --drafts: drafted for each
// gold document leave-one-out, beside the other documents' reviewed annotations.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { FIXTURE_DATA_DIR } from '../../../test/fixtures.ts';
import { readAnnotations, type AnnotationFile } from '../annotations.ts';
import { buildSeedGraph } from '../drafts.ts';
import { ENTITIES_FILE, readEntities, withDefinitions, type SharedEntity } from '../entities.ts';
import { NO_RESOLUTIONS } from '../resolutions.ts';
import { parseDocument } from '../parse.ts';
import type { Document } from '../../../graph/src/model.ts';
import { draftDocument, knownEntities } from './index.ts';

const CORPUS = fileURLToPath(new URL('../../../test/fixtures/corpus/', import.meta.url));

function read(dir: string): { documents: Document[]; annotations: AnnotationFile[]; entities: SharedEntity[] } {
  const documents = readdirSync(join(dir, 'documents'))
    .sort()
    .map((n) => {
      const parsed = parseDocument(readFileSync(join(dir, 'documents', n), 'utf8'), `documents/${n}`, n.replace(/\.txt$/, ''));
      if (!parsed.document) throw new Error(JSON.stringify(parsed.problems));
      return parsed.document;
    });
  const annotations = readdirSync(join(dir, 'annotations'))
    .sort()
    .map((n) => {
      const r = readAnnotations(readFileSync(join(dir, 'annotations', n), 'utf8'), `annotations/${n}`);
      if (!r.annotations) throw new Error(JSON.stringify(r.problems));
      return r.annotations;
    });
  const entitiesFile = join(dir, ENTITIES_FILE);
  const shared = existsSync(entitiesFile)
    ? readEntities(readFileSync(entitiesFile, 'utf8'), ENTITIES_FILE)
    : { entities: [], problems: [] };
  if (shared.problems.length) throw new Error(JSON.stringify(shared.problems));
  return { documents, annotations, entities: shared.entities };
}

const ishmael = read(FIXTURE_DATA_DIR);
const corpus = read(CORPUS);
const documents = [...ishmael.documents, ...corpus.documents];
const annotations = [...ishmael.annotations, ...corpus.annotations];
// The corpus's entities.yaml; the pinned Ishmael annotation defines the ids it shares with them in full, alike.
const shared = { entities: corpus.entities, resolutions: NO_RESOLUTIONS };
const defined = withDefinitions(annotations, shared.entities);

describe('the seed accepts what the drafter writes', () => {
  it('has gold documents to draft', () => {
    expect(documents.length).toBeGreaterThanOrEqual(4);
  });

  for (const doc of documents) {
    it(`accepts the draft of ${doc.id} (leave-one-out) with --drafts`, () => {
      const draft = draftDocument(doc, knownEntities(defined, doc.id));
      const yaml = stringify({ document: doc.id, nodes: draft.nodes, edges: draft.edges });
      const read = readAnnotations(yaml, `annotations/${doc.id}.yaml`);
      expect(read.problems).toEqual([]);
      // Relations another document draws to this one's own claims (CONTRADICTS, CORROBORATES) name ids the
      // draft cannot know: they go with the gold annotation it replaces.
      const elsewhere = new Set([
        ...shared.entities.map((e) => e.id),
        ...annotations.filter((a) => a.document !== doc.id).flatMap((a) => a.nodes.filter((n) => n.kind).map((n) => n.id)),
      ]);
      const own = new Set(
        annotations
          .filter((a) => a.document === doc.id)
          .flatMap((a) => a.nodes.filter((n) => n.kind && !elsewhere.has(n.id)).map((n) => n.id)),
      );
      const others = annotations
        .filter((a) => a.document !== doc.id)
        .map((a) => ({ ...a, edges: a.edges.filter((e) => !own.has(e.source) && !own.has(e.target)) }));
      const built = buildSeedGraph(documents, [...others, ...(read.annotations ? [read.annotations] : [])], { drafts: true }, shared);
      expect(built.problems).toEqual([]);
      const drafted = built.graph?.nodes.filter((n) => draft.nodes.some((d) => d.id === n.id)).length;
      expect(drafted).toBe(draft.nodes.length);
    });
  }
});
