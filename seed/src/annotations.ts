// Reads a curated annotation file (YAML) into typed records that remember the line they came from,
// so every later check can point an annotator at the exact place to fix.
import { isMap, isSeq, LineCounter, parseDocument, visit, type Document as YamlDocument } from 'yaml';
import { z } from 'zod';
import { RESERVED_PROPERTIES } from '../../graph/src/fields.ts';
import { MAX_ID_LENGTH } from '../../graph/src/limits.ts';
import { NODE_KINDS, ORGANIZATION_CATEGORIES, RELATION_TYPES } from '../../graph/src/model.ts';
import type { Problem } from './problems.ts';

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
const properties = z
  .record(z.string().regex(/^[a-z][A-Za-z0-9_]*$/, 'property names are camelCase or snake_case words'), propertyValue)
  .refine((p) => !Object.keys(p).some((k) => RESERVED_PROPERTIES.includes(k)), {
    message: `these property names are reserved: ${RESERVED_PROPERTIES.join(', ')}`,
  });

const nodeSchema = z.strictObject({
  id: z
    .string()
    .regex(SLUG, 'ids are lower-case slugs like "azam-ishmael"')
    .max(MAX_ID_LENGTH, `ids have at most ${MAX_ID_LENGTH} characters (the API refuses longer ones)`),
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
  properties: properties.optional(),
  ...draftFields,
  evidence: z.array(evidenceSchema).optional(),
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

function lineAt(doc: YamlDocument, counter: LineCounter, path: readonly PropertyKey[]): number {
  // Walk down as far as the path exists, so a missing key points at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = path.length === 0 || depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
  }
  return 1;
}

/** Parse and shape-check one annotation file. Returns every problem found. */
export function readAnnotations(text: string, file: string): { annotations?: AnnotationFile; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      // Only the first: after a syntax error the parser's reading of the rest is guesswork, and one
      // misplaced tab would otherwise be reported as a screenful of errors on the lines after it.
      problems: doc.errors.slice(0, 1).map((e) => ({
        file,
        line: counter.linePos(e.pos[0]).line,
        // The parser recurses into nested collections; a file nested thousands deep exhausts the stack.
        message:
          e instanceof Error && e.message.startsWith('Maximum call stack size exceeded')
            ? 'YAML is nested too deeply to read'
            : `YAML syntax error: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  if (!isMap(doc.contents)) {
    return { problems: [{ file, line: 1, message: 'an annotation file must be a mapping with document, nodes and edges' }] };
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // The yaml library refuses aliases that expand without bound (a "billion laughs" file).
    let line = 1;
    visit(doc, {
      Alias(_key, node) {
        if (node.range) line = counter.linePos(node.range[0]).line;
        return visit.BREAK;
      },
    });
    return {
      problems: [{ file, line, message: `YAML aliases cannot be expanded: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
  const parsed = fileSchema.safeParse(value);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        file,
        // An unknown key is reported on its parent: point at the key itself.
        line: lineAt(doc, counter, issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path),
        message: `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
      })),
    };
  }
  const evidenceLines = (section: 'nodes' | 'edges', index: number): number[] => {
    const seq = doc.getIn([section, index, 'evidence'], true);
    return isSeq(seq) ? seq.items.map((_, i) => lineAt(doc, counter, [section, index, 'evidence', i])) : [];
  };
  const { document, nodes, edges } = parsed.data;
  return {
    problems: [],
    annotations: {
      file,
      document,
      documentLine: lineAt(doc, counter, ['document']),
      nodes: nodes.map((n, i) => ({ ...n, line: lineAt(doc, counter, ['nodes', i]), evidenceLines: evidenceLines('nodes', i) })),
      edges: edges.map((e, i) => ({ ...e, line: lineAt(doc, counter, ['edges', i]), evidenceLines: evidenceLines('edges', i) })),
    },
  };
}
