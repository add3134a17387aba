// Reads a curated annotation file (YAML) into typed records that remember the line they came from,
// so every later check can point an annotator at the exact place to fix.
import { z } from 'zod';
import { RESERVED_PROPERTIES } from '../../graph/src/fields.ts';
import { MAX_ID_LENGTH } from '../../graph/src/limits.ts';
import { NODE_KINDS, ORGANIZATION_CATEGORIES, RELATION_TYPES } from '../../graph/src/model.ts';
import type { Problem } from './problems.ts';
import { readYamlFile } from './yaml-file.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EDGE_ID = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;

/** Every part of an ISO date or interval names a real month and day (no 2024-13-45, no February 30). */
function isRealDate(value: string): boolean {
  return value.split('/').every((part) => {
    const [year, month, day] = part.split('-').map(Number);
    if (month === undefined) return true;
    if (month < 1 || month > 12) return false;
    if (day === undefined) return true;
    return day >= 1 && new Date(Date.UTC(year ?? 0, month - 1, day)).getUTCMonth() === month - 1;
  });
}

const evidenceSchema = z.strictObject({
  paragraph: z.int().positive(),
  quote: z.string().trim().min(3, 'a quote needs at least 3 characters'),
});

/**
 * What `npm run ingest` writes on every item it proposes: `review: draft` until a person has checked
 * it, the rule that proposed it and how sure it was. The seed leaves drafts out unless --drafts.
 * `review: rejected` keeps a rejected draft in the file, never in the graph, so ingesting the
 * document again does not propose it again.
 */
const draftFields = {
  review: z
    .enum(['draft', 'rejected'], { error: 'review is "draft" or "rejected" (remove the line once the item is reviewed and right)' })
    .optional(),
  rule: z.string().trim().min(1).optional(),
  confidence: z.number().min(0, 'confidence is between 0 and 1').max(1, 'confidence is between 0 and 1').optional(),
};

const propertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export const properties = z
  .record(z.string().regex(/^[a-z][A-Za-z0-9_]*$/, 'property names are camelCase or snake_case words'), propertyValue)
  // Its own message first: `properties: { negative: true }` was the old form of a negative fact.
  .refine((p) => !('negative' in p), {
    message: 'negative is not a property: write `negative: true` on the node or relation itself (beside its evidence)',
  })
  .refine((p) => !Object.keys(p).some((k) => k !== 'negative' && RESERVED_PROPERTIES.includes(k)), {
    message: `these property names are reserved: ${RESERVED_PROPERTIES.join(', ')}`,
  });

export const idSchema = z
  .string()
  .regex(SLUG, 'ids are lower-case slugs like "azam-ishmael"')
  .max(MAX_ID_LENGTH, `ids have at most ${MAX_ID_LENGTH} characters (the API refuses longer ones)`);

/** What defines an entity: shared by annotation entries and seed/entities.yaml (./entities.ts). */
export const definitionFields = {
  kind: z.enum(NODE_KINDS, { error: `kind must be one of ${NODE_KINDS.join(', ')}` }),
  name: z.string().trim().min(1),
  category: z.enum(ORGANIZATION_CATEGORIES, { error: `category must be one of ${ORGANIZATION_CATEGORIES.join(', ')}` }).optional(),
  aliases: z.array(z.string().trim().min(2)).optional(),
  description: z.string().trim().min(1).optional(),
  date: z
    .string()
    .regex(ISO_DATE, 'date must be ISO 8601 (2019, 2024-03-05, 2021/2021-09-20)')
    .refine(isRealDate, 'date names a month or day that does not exist')
    .optional(),
};

/** The fields only a definition may carry: a reference (an entry without kind and name) has none of them. */
const DEFINING_KEYS = ['kind', 'name', 'category', 'description', 'date', 'properties', 'negative'] as const;

/**
 * A node entry either defines an entity (kind and name, and what else it knows) or refers to one
 * defined in entities.yaml or another document: only `id`, `evidence` and this document's `aliases`.
 */
const nodeSchema = z
  .strictObject({
    id: idSchema,
    ...definitionFields,
    kind: definitionFields.kind.optional(),
    name: definitionFields.name.optional(),
    properties: properties.optional(),
    negative: z.boolean().optional(),
    ...draftFields,
    evidence: z.array(evidenceSchema).optional(),
  })
  .superRefine((n, ctx) => {
    if (n.kind !== undefined && n.name !== undefined) return;
    if (n.kind !== undefined || n.name !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [n.kind === undefined ? 'kind' : 'name'],
        message:
          'a node entry that defines an entity needs both kind and name; one that refers to a shared entity has neither (only id, evidence and aliases)',
      });
      return;
    }
    const extra = DEFINING_KEYS.filter((k) => n[k] !== undefined);
    if (extra.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: [extra[0] ?? 'id'],
        message: `a reference to an entity defined elsewhere (no kind or name) carries only id, evidence and aliases, not ${extra.join(', ')}`,
      });
    }
  });

const edgeSchema = z.strictObject({
  id: z
    .string()
    .regex(EDGE_ID, 'relation ids are lower-case slugs like "azam-ishmael--national-director"')
    .max(MAX_ID_LENGTH, `ids have at most ${MAX_ID_LENGTH} characters (the API refuses longer ones)`)
    .optional(),
  type: z.enum(RELATION_TYPES, {
    error: `type must be one of ${RELATION_TYPES.join(', ')}`,
  }),
  source: z.string().min(1),
  target: z.string().min(1),
  properties: properties.optional(),
  negative: z.boolean().optional(),
  ...draftFields,
  evidence: z.array(evidenceSchema).min(1, 'every relation needs at least one piece of evidence'),
});

const fileSchema = z.strictObject({
  document: z.string().min(1),
  nodes: z.array(nodeSchema).default([]),
  edges: z.array(edgeSchema).default([]),
});

export type NodeAnnotation = z.infer<typeof nodeSchema> & { line: number; evidenceLines: number[] };
export type EdgeAnnotation = z.infer<typeof edgeSchema> & { line: number; evidenceLines: number[] };

export interface AnnotationFile {
  file: string;
  document: string;
  documentLine: number;
  nodes: NodeAnnotation[];
  edges: EdgeAnnotation[];
}

/** Parse and shape-check one annotation file. Returns every problem found. */
export function readAnnotations(text: string, file: string): { annotations?: AnnotationFile; problems: Problem[] } {
  const read = readYamlFile(text, file, fileSchema, 'an annotation file must be a mapping with document, nodes and edges');
  if ('problems' in read) return { problems: read.problems };
  const { data, lineOf, count } = read;
  const evidenceLines = (section: 'nodes' | 'edges', index: number): number[] =>
    Array.from({ length: count([section, index, 'evidence']) }, (_, i) => lineOf([section, index, 'evidence', i]));
  const { document, nodes, edges } = data;
  return {
    problems: [],
    annotations: {
      file,
      document,
      documentLine: lineOf(['document']),
      nodes: nodes.map((n, i) => ({ ...n, line: lineOf(['nodes', i]), evidenceLines: evidenceLines('nodes', i) })),
      edges: edges.map((e, i) => ({ ...e, line: lineOf(['edges', i]), evidenceLines: evidenceLines('edges', i) })),
    },
  };
}
