// Turns parsed documents and their annotation files into the canonical graph, checking every
// citation, reference, kind and relation on the way. Nothing is returned unless all checks pass.
// (Past 300 lines: the checks share the merged node and edge maps, and read best in one place.)
import type { AnnotationFile, EdgeAnnotation, NodeAnnotation } from './annotations.ts';
import { deriveElections } from './elections.ts';
import { findMentions } from './mentions.ts';
import {
  RELATIONS,
  type Document,
  type Evidence,
  type GraphData,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
  type PropertyValue,
  type RelationType,
} from '../../graph/src/model.ts';
import type { Problem } from './problems.ts';

interface Sourced {
  file: string;
  line: number;
}

interface MergedNode extends GraphNode {
  definedAt: Sourced;
  /** How many citations the annotations gave, valid or not: a node whose citations all failed is already reported */
  cited: number;
  /** Whether any annotation of it is reviewed (not `review: draft`); a node only drafts define is a draft */
  reviewed: boolean;
}

/**
 * The same text with typographic quotes, dashes and spacing made plain: explains a near miss, and
 * is the key under which two nodes may not share a name or alias (ingest links drafts by it too).
 */
export function plain(text: string): string {
  return text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j] ?? 0;
      row[j] = next;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * Each suggestion costs an edit distance per known id: past this many unknown ids, none is given,
 * so a large file full of wrong references is still checked in seconds.
 */
const MAX_SUGGESTIONS = 100;

/** A suggester for one run: the same unknown id gets the same answer; new ones only up to MAX_SUGGESTIONS. */
function suggester(): (id: string, known: Iterable<string>) => string {
  const given = new Map<string, string>();
  return (id, known) => {
    let answer = given.get(id);
    if (answer === undefined) {
      answer = given.size < MAX_SUGGESTIONS ? suggestion(id, known) : '';
      given.set(id, answer);
    }
    return answer;
  };
}

/** A quote or id from the annotations, cut so that a message about it stays readable. */
function excerpt(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function suggestion(id: string, known: Iterable<string>): string {
  const limit = Math.max(2, id.length / 3);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    // The distance is at least the difference in length: skip what cannot be near enough.
    if (Math.abs(k.length - id.length) > limit) continue;
    const d = levenshtein(id, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== undefined && bestDistance <= limit ? ` (did you mean "${best}"?)` : '';
}

/** "a Person", "an Organization" */
function withArticle(word: string): string {
  return `${/^[AEIOU]/i.test(word) ? 'an' : 'a'} ${word}`;
}

export function edgeId(type: RelationType, source: string, target: string): string {
  return `${source}--${type.toLowerCase().replace(/_/g, '-')}--${target}`;
}

function checkEvidence(
  evidence: readonly { paragraph: number; quote: string }[],
  lines: readonly number[],
  fallbackLine: number,
  file: string,
  document: Document | undefined,
  problems: Problem[],
): Evidence[] {
  if (!document) return [];
  return evidence.flatMap((e, i) => {
    const line = lines[i] ?? fallbackLine;
    const paragraph = document.paragraphs.find((p) => p.number === e.paragraph);
    if (!paragraph) {
      problems.push({
        file,
        line,
        message: `paragraph [${e.paragraph}] does not exist in ${document.id} (it has [1]–[${document.paragraphs.length}])`,
      });
      return [];
    }
    if (!paragraph.text.includes(e.quote)) {
      const near = plain(paragraph.text).includes(plain(e.quote))
        ? ' (it differs only in case, quotation marks, dashes or spacing: copy it from the document)'
        : '';
      problems.push({ file, line, message: `quote not found in paragraph [${e.paragraph}]: "${excerpt(e.quote)}"${near}` });
      return [];
    }
    return [{ document: document.id, paragraph: e.paragraph, quote: e.quote }];
  });
}

function mergeNode(
  merged: Map<string, MergedNode>,
  annotation: NodeAnnotation,
  evidence: Evidence[],
  file: string,
  problems: Problem[],
): void {
  const { id, kind, name, category, aliases, description, date, properties } = annotation;
  const props: Record<string, PropertyValue> = { ...properties, ...(category ? { category } : {}) };
  const existing = merged.get(id);
  if (!existing) {
    merged.set(id, {
      id,
      kind,
      name,
      ...(aliases?.length ? { aliases: [...new Set(aliases.filter((a) => a !== name))] } : {}),
      ...(description ? { description } : {}),
      ...(date ? { date } : {}),
      ...(Object.keys(props).length ? { properties: props } : {}),
      evidence,
      definedAt: { file, line: annotation.line },
      cited: annotation.evidence?.length ?? 0,
      reviewed: annotation.review !== 'draft',
    });
    return;
  }
  const where = `${existing.definedAt.file}:${existing.definedAt.line}`;
  // Within one file a repeated id is a slip whatever its kind; across files it is the same thing seen twice.
  if (existing.definedAt.file === file) {
    problems.push({ file, line: annotation.line, message: `id "${id}" is defined twice (first at line ${existing.definedAt.line})` });
    return;
  }
  if (existing.kind !== kind) {
    problems.push({
      file,
      line: annotation.line,
      message: `"${id}" is ${withArticle(kind)} here but ${withArticle(existing.kind)} at ${where}`,
    });
    return;
  }
  // The same real-world thing in another document: one node, with the evidence of both.
  for (const [key, value] of Object.entries(props)) {
    const before = existing.properties?.[key];
    if (before !== undefined && JSON.stringify(before) !== JSON.stringify(value)) {
      problems.push({
        file,
        line: annotation.line,
        message: `"${id}" has ${key} ${JSON.stringify(value)} here but ${JSON.stringify(before)} at ${where}`,
      });
    }
  }
  if (date && existing.date && date !== existing.date) {
    problems.push({ file, line: annotation.line, message: `"${id}" has date ${date} here but ${existing.date} at ${where}` });
  }
  const allAliases = new Set([...(existing.aliases ?? []), ...(aliases ?? []), ...(name !== existing.name ? [name] : [])]);
  allAliases.delete(existing.name);
  if (allAliases.size) existing.aliases = [...allAliases];
  existing.properties = { ...props, ...existing.properties };
  if (!existing.description && description) existing.description = description;
  if (!existing.date && date) existing.date = date;
  existing.evidence.push(...evidence);
  existing.cited += annotation.evidence?.length ?? 0;
  if (annotation.review !== 'draft') existing.reviewed = true;
}

function checkEdge(
  edge: EdgeAnnotation,
  nodes: ReadonlyMap<string, MergedNode>,
  file: string,
  problems: Problem[],
  suggest: ReturnType<typeof suggester>,
  drafts: ReadonlySet<string>,
): boolean {
  const type = edge.type;
  const rule = RELATIONS[type];
  let ok = true;
  if (edge.source === edge.target) {
    // No relation type means anything from a thing to itself; it is a copy-paste slip.
    problems.push({ file, line: edge.line, message: `${type} joins "${excerpt(edge.source)}" to itself: source and target must differ` });
    ok = false;
  }
  for (const end of ['source', 'target'] as const) {
    const id = edge[end];
    const node = nodes.get(id);
    if (!node && drafts.has(id)) {
      problems.push({
        file,
        line: edge.line,
        message: `${type} ${end} "${excerpt(id)}" is a draft (review: draft): review it too, or seed with --drafts`,
      });
      ok = false;
    } else if (!node) {
      problems.push({ file, line: edge.line, message: `${type} ${end} "${excerpt(id)}" is not a known id${suggest(id, nodes.keys())}` });
      ok = false;
    } else if (!(rule[end] as readonly NodeKind[]).includes(node.kind)) {
      problems.push({
        file,
        line: edge.line,
        message: `${type} cannot have ${withArticle(node.kind)} ("${id}") as its ${end}; allowed: ${rule[end].join(', ')}`,
      });
      ok = false;
    }
  }
  const requires: Record<string, string> = 'requires' in rule ? rule.requires : {};
  for (const [key, kind] of Object.entries(requires)) {
    const value = edge.properties?.[key];
    if (typeof value !== kind) {
      problems.push({ file, line: edge.line, message: `${type} needs a ${kind} property "${key}"` });
      ok = false;
    }
  }
  return ok;
}

/**
 * Checks everything and builds the graph; `graph` is set only when `problems` is empty. Draft items
 * (`review: draft`) are built like the rest and marked `draft: true` (./drafts.ts leaves them out).
 * `draftIds`: ids left out as drafts, so a reviewed relation that names one says so.
 */
export function buildGraph(
  documents: readonly Document[],
  annotationFiles: readonly AnnotationFile[],
  draftIds: ReadonlySet<string> = new Set(),
): { graph?: GraphData; problems: Problem[] } {
  const problems: Problem[] = [];
  const byId = new Map(documents.map((d) => [d.id, d]));
  const merged = new Map<string, MergedNode>();
  const suggest = suggester();

  for (const a of annotationFiles) {
    const document = byId.get(a.document);
    if (!document) {
      problems.push({
        file: a.file,
        line: a.documentLine,
        message: `document "${excerpt(a.document)}" is not in documents/${suggest(a.document, byId.keys())}`,
      });
    }
    for (const n of a.nodes) {
      const evidence = checkEvidence(n.evidence ?? [], n.evidenceLines, n.line, a.file, document, problems);
      mergeNode(merged, n, evidence, a.file, problems);
    }
  }

  for (const node of merged.values()) {
    if (node.cited === 0) {
      problems.push({ ...node.definedAt, message: `"${node.id}" has no evidence: every node needs a paragraph and quote behind it` });
    }
  }

  // One name, one thing: a name or alias that two ids claim would make mentions and search ambiguous.
  const owners = new Map<string, { id: string; at: Sourced }>();
  for (const node of merged.values()) {
    for (const label of [node.name, ...(node.aliases ?? [])]) {
      const key = plain(label);
      const owner = owners.get(key);
      if (owner && owner.id !== node.id) {
        problems.push({
          ...node.definedAt,
          message: `the name or alias "${label}" of "${node.id}" is already used by "${owner.id}" (${owner.at.file}:${owner.at.line})`,
        });
      } else {
        owners.set(key, { id: node.id, at: node.definedAt });
      }
    }
  }

  const edges = new Map<string, GraphEdge & { definedAt: Sourced; reviewed: boolean }>();
  for (const a of annotationFiles) {
    const document = byId.get(a.document);
    for (const e of a.edges) {
      const evidence = checkEvidence(e.evidence, e.evidenceLines, e.line, a.file, document, problems);
      if (!checkEdge(e, merged, a.file, problems, suggest, draftIds)) continue;
      const type = e.type;
      const id = e.id ?? edgeId(type, e.source, e.target);
      const existing = edges.get(id);
      if (existing) {
        const same = existing.type === type && existing.source === e.source && existing.target === e.target;
        if (existing.definedAt.file === a.file || !same) {
          problems.push({
            file: a.file,
            line: e.line,
            message: `relation id "${id}" is used twice (first at ${existing.definedAt.file}:${existing.definedAt.line})${e.id ? '' : '; give each an explicit id'}`,
          });
        } else {
          existing.evidence.push(...evidence);
          if (e.review !== 'draft') existing.reviewed = true;
        }
        continue;
      }
      edges.set(id, {
        id,
        type,
        source: e.source,
        target: e.target,
        ...(e.properties ? { properties: e.properties } : {}),
        evidence,
        definedAt: { file: a.file, line: e.line },
        reviewed: e.review !== 'draft',
      });
    }
  }

  if (problems.length > 0) return { problems };
  const finalEdges: GraphEdge[] = [...edges.values()].map(({ definedAt: _definedAt, reviewed, ...edge }) =>
    reviewed ? edge : { ...edge, draft: true },
  );
  const elections = deriveElections([...merged.values()], finalEdges);
  const nodes: GraphNode[] = [...merged.values()].map(({ definedAt: _definedAt, cited: _cited, reviewed, ...node }) => {
    const years = elections.get(node.id);
    const marked: GraphNode = reviewed ? node : { ...node, draft: true };
    return years?.length ? { ...marked, elections: years } : marked;
  });
  return {
    problems,
    graph: {
      documents: [...documents],
      nodes,
      edges: finalEdges,
      mentions: findMentions(documents, nodes),
    },
  };
}
