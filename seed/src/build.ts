// Turns parsed documents and their annotation files into the canonical graph, checking every
// citation, reference, kind and relation on the way. Nothing is returned unless all checks pass.
// Nodes are merged in ./merge-nodes.ts, judgements applied in ./apply-resolutions.ts; this file
// checks citations and relations and puts the graph together.
// (Past 300 lines: the checks share the merged node and edge maps, and read best in one place.)
import type { AnnotationFile, EdgeAnnotation } from './annotations.ts';
import { applyResolutions } from './apply-resolutions.ts';
import { likelyDuplicates } from './duplicates.ts';
import { deriveElections } from './elections.ts';
import type { SharedEntity } from './entities.ts';
import { interviewEdges, interviewNode } from './interviews.ts';
import { findMentions } from './mentions.ts';
import { checkLabels, mergeNodes, withArticle, type MergedNode, type Sourced } from './merge-nodes.ts';
import {
  RELATIONS,
  type Document,
  type Evidence,
  type GraphData,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
  type RelationType,
} from '../../graph/src/model.ts';
import type { Problem } from './problems.ts';
import { NO_RESOLUTIONS, type Resolutions } from './resolutions.ts';

/** What the corpus declares besides its documents' annotations: entities.yaml and resolutions.yaml. */
export interface SharedData {
  entities: readonly SharedEntity[];
  resolutions: Resolutions;
}

export const NO_SHARED: SharedData = { entities: [], resolutions: NO_RESOLUTIONS };

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

/** The id of a relation the annotation gives none: `a--attended--b`, and `a--not-attended--b` for a negative one. */
export function edgeId(type: RelationType, source: string, target: string, negative = false): string {
  return `${source}--${negative ? 'not-' : ''}${type.toLowerCase().replace(/_/g, '-')}--${target}`;
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
 * `draftIds`: ids left out as drafts, so a reviewed relation that names one says so. `warnings`:
 * what a curator should look at but that does not stop the seed (likely duplicates, a witness with
 * no Person, a judgement on an id no document cites).
 */
export function buildGraph(
  documents: readonly Document[],
  annotationFiles: readonly AnnotationFile[],
  draftIds: ReadonlySet<string> = new Set(),
  shared: SharedData = NO_SHARED,
): { graph?: GraphData; problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const byId = new Map(documents.map((d) => [d.id, d]));
  const suggest = suggester();

  for (const a of annotationFiles) {
    if (!byId.has(a.document)) {
      problems.push({
        file: a.file,
        line: a.documentLine,
        message: `document "${excerpt(a.document)}" is not in documents/${suggest(a.document, byId.keys())}`,
      });
    }
  }
  const merged = mergeNodes(
    annotationFiles,
    shared.entities,
    documents.map((d) => interviewNode(d, `documents/${d.id}.txt`)),
    (n, a) => checkEvidence(n.evidence ?? [], n.evidenceLines, n.line, a.file, byId.get(a.document), problems),
    problems,
    suggest,
    draftIds,
  );

  for (const node of [...merged.values()]) {
    if (node.cited > 0) continue;
    // A shared entity no document cites is not in the graph (yet, or any more: its last document was removed).
    if (shared.entities.some((e) => e.id === node.id)) merged.delete(node.id);
    else problems.push({ ...node.definedAt, message: `"${node.id}" has no evidence: every node needs a paragraph and quote behind it` });
  }

  const rewrite = applyResolutions(merged, shared.resolutions, problems, warnings);
  checkLabels(merged.values(), plain, problems);
  likelyDuplicates(merged.values(), shared.resolutions, warnings);

  const edges = new Map<string, GraphEdge & { definedAt: Sourced; reviewed: boolean; rewritten: boolean }>();
  for (const a of annotationFiles) {
    const document = byId.get(a.document);
    for (const given of a.edges) {
      const evidence = checkEvidence(given.evidence, given.evidenceLines, given.line, a.file, document, problems);
      // A relation to an id resolutions.yaml merged is a relation to the node it became.
      const source = rewrite.get(given.source) ?? given.source;
      const target = rewrite.get(given.target) ?? given.target;
      const rewritten = source !== given.source || target !== given.target;
      const e: EdgeAnnotation = { ...given, source, target };
      if (!checkEdge(e, merged, a.file, problems, suggest, draftIds)) continue;
      const type = e.type;
      const id = e.id ?? edgeId(type, source, target, e.negative === true);
      const existing = edges.get(id);
      if (existing) {
        const same = existing.type === type && existing.source === source && existing.target === target;
        const sameSign = (existing.negative === true) === (e.negative === true);
        // Two relations that a merge made one are one relation, even within one file.
        if (same && sameSign && (existing.definedAt.file !== a.file || existing.rewritten || rewritten)) {
          existing.evidence.push(...evidence);
          if (e.review !== 'draft') existing.reviewed = true;
        } else {
          problems.push({
            file: a.file,
            line: e.line,
            message: `relation id "${id}" is used twice (first at ${existing.definedAt.file}:${existing.definedAt.line})${same && !sameSign ? ', once negative and once not' : ''}${e.id ? '' : '; give each an explicit id'}`,
          });
        }
        continue;
      }
      edges.set(id, {
        id,
        type,
        source,
        target,
        ...(e.properties ? { properties: e.properties } : {}),
        ...(e.negative ? { negative: true } : {}),
        evidence,
        definedAt: { file: a.file, line: e.line },
        reviewed: e.review !== 'draft',
        rewritten,
      });
    }
  }
  for (const d of documents) {
    const file = `documents/${d.id}.txt`;
    for (const edge of interviewEdges(d, file, merged, plain, (s, t) => edgeId('INTERVIEWED_IN', s, t), warnings)) {
      const existing = edges.get(edge.id);
      if (existing) existing.evidence.push(...edge.evidence);
      else edges.set(edge.id, { ...edge, definedAt: { file, line: 1 }, reviewed: true, rewritten: false });
    }
  }

  if (problems.length > 0) return { problems, warnings };
  const finalEdges: GraphEdge[] = [...edges.values()].map(({ definedAt: _definedAt, reviewed, rewritten: _rewritten, ...edge }) =>
    reviewed ? edge : { ...edge, draft: true },
  );
  const elections = deriveElections([...merged.values()], finalEdges);
  const nodes: GraphNode[] = [...merged.values()].map((m) => {
    const { definedAt: _d, cited: _c, reviewed, globalLabels, documentAliases, aliasesAt: _a, ...node } = m;
    // Every alias, this document's or the corpus's, is searchable; which ones link mentions where is the mention index's business.
    const aliases = [...new Set([...globalLabels, ...[...documentAliases.values()].flat()])].filter((a) => a !== node.name);
    const years = elections.get(node.id);
    const built: GraphNode = { ...node, ...(aliases.length ? { aliases } : {}) };
    const marked: GraphNode = reviewed ? built : { ...built, draft: true };
    return years?.length ? { ...marked, elections: years } : marked;
  });
  return {
    problems,
    warnings,
    graph: {
      documents: [...documents],
      nodes,
      edges: finalEdges,
      mentions: findMentions(documents, [...merged.values()]),
    },
  };
}
