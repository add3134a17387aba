// Every draft the drafter writes must pass the seed's validator with --drafts: drafted for each
// gold document leave-one-out, beside the other documents' reviewed annotations.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { FIXTURE_DATA_DIR } from '../../../test/fixtures.ts';
import { readAnnotations, type AnnotationFile } from '../annotations.ts';
import { buildSeedGraph } from '../drafts.ts';
import { parseDocument } from '../parse.ts';
import type { Document } from '../../../graph/src/model.ts';
import { draftDocument, knownEntities } from './index.ts';

const CORPUS = fileURLToPath(new URL('../../../test/fixtures/corpus/', import.meta.url));

function read(dir: string): { documents: Document[]; annotations: AnnotationFile[] } {
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
  return { documents, annotations };
}

const ishmael = read(FIXTURE_DATA_DIR);
const corpus = read(CORPUS);
const documents = [...ishmael.documents, ...corpus.documents];
const annotations = [...ishmael.annotations, ...corpus.annotations];

describe('the seed accepts what the drafter writes', () => {
  it('has gold documents to draft', () => {
    expect(documents.length).toBeGreaterThanOrEqual(4);
  });

  for (const doc of documents) {
    it(`accepts the draft of ${doc.id} (leave-one-out) with --drafts`, () => {
      const draft = draftDocument(doc, knownEntities(annotations, doc.id));
      const yaml = stringify({ document: doc.id, nodes: draft.nodes, edges: draft.edges });
      const read = readAnnotations(yaml, `annotations/${doc.id}.yaml`);
      expect(read.problems).toEqual([]);
      const others = annotations.filter((a) => a.document !== doc.id);
      const built = buildSeedGraph(documents, [...others, ...(read.annotations ? [read.annotations] : [])], { drafts: true });
      expect(built.problems).toEqual([]);
      const drafted = built.graph?.nodes.filter((n) => draft.nodes.some((d) => d.id === n.id)).length;
      expect(drafted).toBe(draft.nodes.length);
    });
  }
});
