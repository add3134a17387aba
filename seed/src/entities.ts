// DIR/entities.yaml (optional): the entities many documents share (SITE, the Cyber Centre, the
// elections, the parties, the briefings), each declared once with its canonical name, kind,
// category, description and global aliases. A document's annotation refers to one by an entry with
// only `id` and `evidence` (and aliases of its own, which link mentions in that document only). A
// shared entity is in the graph only while some document cites it: removing the last document that
// does removes it.
import { z } from 'zod';
import type { NodeKind } from '../../graph/src/model.ts';
import type { Problem } from './problems.ts';
import { definitionFields, idSchema, properties, type AnnotationFile, type NodeAnnotation } from './annotations.ts';
import { readYamlFile } from './yaml-file.ts';

export const ENTITIES_FILE = 'entities.yaml';

const entitySchema = z.strictObject({ id: idSchema, ...definitionFields, properties: properties.optional() });
const fileSchema = z.strictObject({ entities: z.array(entitySchema).default([]) });

export type SharedEntity = z.infer<typeof entitySchema> & { file: string; line: number };

/** Read and shape-check entities.yaml; an id declared twice is reported with both lines. */
export function readEntities(text: string, file: string): { entities: SharedEntity[]; problems: Problem[] } {
  const read = readYamlFile(text, file, fileSchema, 'entities.yaml must be a mapping with a list `entities:`');
  if ('problems' in read) return { entities: [], problems: read.problems };
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const entities: SharedEntity[] = [];
  read.data.entities.forEach((e, i) => {
    const line = read.lineOf(['entities', i]);
    const first = seen.get(e.id);
    if (first !== undefined) {
      problems.push({ file, line, message: `id "${e.id}" is declared twice (first at line ${first})` });
      return;
    }
    seen.set(e.id, line);
    entities.push({ ...e, file, line });
  });
  return { entities, problems };
}

export type DefinedNode = NodeAnnotation & { kind: NodeKind; name: string };
export type DefinedFile = Omit<AnnotationFile, 'nodes'> & { nodes: DefinedNode[] };

/**
 * The annotation files with every reference (an entry with only id, evidence and aliases) given the
 * kind and name it refers to, from entities.yaml or the first file that defines the id; and
 * entities.yaml itself as one more file (document ""), so what only it declares is known too. For
 * the drafter and its evaluation, which compare entities by kind and name; references to nothing
 * are left out (the seed reports them).
 */
export function withDefinitions(
  files: readonly AnnotationFile[],
  shared: readonly SharedEntity[],
  /** Files already through withDefinitions, whose entities references may name too */
  known: readonly DefinedFile[] = [],
): DefinedFile[] {
  const definitions = new Map<string, { kind: NodeKind; name: string }>(
    [...shared, ...known.flatMap((f) => f.nodes)].map((e) => [e.id, e]),
  );
  for (const f of files)
    for (const n of f.nodes) if (n.kind && n.name && !definitions.has(n.id)) definitions.set(n.id, { kind: n.kind, name: n.name });
  const defined = files.map((f) => ({
    ...f,
    nodes: f.nodes.flatMap((n): DefinedNode[] => {
      if (n.kind && n.name) return [{ ...n, kind: n.kind, name: n.name }];
      const d = definitions.get(n.id);
      return d ? [{ ...n, kind: d.kind, name: d.name }] : [];
    }),
  }));
  if (shared.length === 0) return defined;
  const declared: DefinedFile = {
    file: shared[0]?.file ?? ENTITIES_FILE,
    document: '',
    documentLine: 1,
    nodes: shared.map(({ file: _file, line, ...e }) => ({ ...e, line, evidenceLines: [] })),
    edges: [],
  };
  return [...defined, declared];
}
