// The nodes of the corpus: the shared entities of entities.yaml, then every annotation's
// definitions, then its references (entries with only id, evidence and aliases), merged by id into
// one node with the evidence of all. A reused id that disagrees on what the entity is (kind, name,
// description, category, date, a property, negative) is an error naming both places; aliases stay
// with the document that gave them (they link mentions only there: ./mentions.ts).
import type { AnnotationFile, NodeAnnotation } from './annotations.ts';
import type { SharedEntity } from './entities.ts';
import type { Evidence, GraphNode, PropertyValue } from '../../graph/src/model.ts';
import type { Problem } from './problems.ts';

export interface Sourced {
  file: string;
  line: number;
}

export interface MergedNode extends GraphNode {
  definedAt: Sourced;
  /** How many citations the annotations gave, valid or not: a node whose citations all failed is already reported */
  cited: number;
  /** Whether any annotation of it is reviewed (not `review: draft`); a node only drafts define is a draft */
  reviewed: boolean;
  /** Name and aliases that link mentions in every document: the name, entities.yaml's aliases, merged names */
  globalLabels: string[];
  /** Aliases an annotation gave, by document id: they link mentions in that document only */
  documentAliases: Map<string, string[]>;
  /** Where each document's aliases were given (its entry's first line), for messages */
  aliasesAt: Map<string, Sourced>;
}

/** "a Person", "an Organization" */
export function withArticle(word: string): string {
  return `${/^[AEIOU]/i.test(word) ? 'an' : 'a'} ${word}`;
}

const at = (s: Sourced) => `${s.file}:${s.line}`;

type CheckEvidence = (node: NodeAnnotation, file: AnnotationFile) => Evidence[];

function addDocumentAliases(node: MergedNode, document: string, aliases: readonly string[] | undefined, here: Sourced): void {
  const fresh = (aliases ?? []).filter((a) => a !== node.name);
  if (fresh.length === 0) return;
  if (!node.aliasesAt.has(document)) node.aliasesAt.set(document, here);
  const list = node.documentAliases.get(document) ?? [];
  for (const a of fresh) if (!list.includes(a)) list.push(a);
  node.documentAliases.set(document, list);
}

function fromShared(e: SharedEntity): MergedNode {
  const aliases = [...new Set((e.aliases ?? []).filter((a) => a !== e.name))];
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    ...(e.description ? { description: e.description } : {}),
    ...(e.date ? { date: e.date } : {}),
    ...(e.properties || e.category ? { properties: { ...e.properties, ...(e.category ? { category: e.category } : {}) } } : {}),
    evidence: [],
    definedAt: { file: e.file, line: e.line },
    cited: 0,
    reviewed: false,
    globalLabels: [e.name, ...aliases],
    documentAliases: new Map(),
    aliasesAt: new Map(),
  };
}

/** What a definition says differs from what the node already is: one message per difference. */
function disagreements(existing: MergedNode, n: NodeAnnotation, props: Record<string, PropertyValue>): string[] {
  const out: string[] = [];
  const other = at(existing.definedAt);
  if (n.kind !== existing.kind) return [`"${n.id}" is ${withArticle(n.kind ?? '')} here but ${withArticle(existing.kind)} at ${other}`];
  if (n.name !== existing.name) out.push(`"${n.id}" is named "${n.name}" here but "${existing.name}" at ${other}`);
  if (n.description && existing.description && n.description !== existing.description)
    out.push(`"${n.id}" has the description "${n.description}" here but "${existing.description}" at ${other}`);
  if (n.date && existing.date && n.date !== existing.date) out.push(`"${n.id}" has date ${n.date} here but ${existing.date} at ${other}`);
  for (const [key, value] of Object.entries(props)) {
    const before = existing.properties?.[key];
    if (before !== undefined && JSON.stringify(before) !== JSON.stringify(value))
      out.push(`"${n.id}" has ${key} ${JSON.stringify(value)} here but ${JSON.stringify(before)} at ${other}`);
  }
  if ((n.negative === true) !== (existing.negative === true))
    out.push(`"${n.id}" is ${n.negative ? '' : 'not '}negative here but ${existing.negative ? '' : 'not '}negative at ${other}`);
  return out;
}

/** `generated`: nodes the seed makes itself (the Interview of each document), which annotations may refer to. */
export function mergeNodes(
  files: readonly AnnotationFile[],
  shared: readonly SharedEntity[],
  generated: readonly MergedNode[],
  checkEvidence: CheckEvidence,
  problems: Problem[],
  unknown: (id: string, known: Iterable<string>) => string,
  draftIds: ReadonlySet<string>,
): Map<string, MergedNode> {
  const merged = new Map<string, MergedNode>([...shared.map(fromShared), ...generated].map((n) => [n.id, n]));
  const cite = (node: MergedNode, n: NodeAnnotation, file: AnnotationFile) => {
    node.evidence.push(...checkEvidence(n, file));
    node.cited += n.evidence?.length ?? 0;
    if (n.review !== 'draft') node.reviewed = true;
    addDocumentAliases(node, file.document, n.aliases, { file: file.file, line: n.line });
  };

  // Definitions first, so a reference may come before (in file order) the document that defines it.
  for (const file of files) {
    for (const n of file.nodes) {
      if (n.kind === undefined || n.name === undefined) continue;
      const here = { file: file.file, line: n.line };
      const props: Record<string, PropertyValue> = { ...n.properties, ...(n.category ? { category: n.category } : {}) };
      const existing = merged.get(n.id);
      if (!existing) {
        const node: MergedNode = {
          id: n.id,
          kind: n.kind,
          name: n.name,
          ...(n.description ? { description: n.description } : {}),
          ...(n.date ? { date: n.date } : {}),
          ...(Object.keys(props).length ? { properties: props } : {}),
          ...(n.negative ? { negative: true } : {}),
          evidence: [],
          definedAt: here,
          cited: 0,
          reviewed: false,
          globalLabels: [n.name],
          documentAliases: new Map(),
          aliasesAt: new Map(),
        };
        merged.set(n.id, node);
        cite(node, n, file);
        continue;
      }
      // Within one file a repeated id is a slip whatever it says; across files it is the same thing seen twice.
      if (existing.definedAt.file === file.file) {
        problems.push({ ...here, message: `id "${n.id}" is defined twice (first at line ${existing.definedAt.line})` });
        continue;
      }
      const differ = disagreements(existing, n, props);
      if (differ.length > 0) {
        // The problem's own place is this entry; the message names the other.
        for (const message of differ) problems.push({ ...here, message });
        continue;
      }
      // Fields the first definition left out, filled in (the graph's data must not depend on file order).
      if (Object.keys(props).length) existing.properties = { ...props, ...existing.properties };
      if (!existing.description && n.description) existing.description = n.description;
      if (!existing.date && n.date) existing.date = n.date;
      cite(existing, n, file);
    }
  }

  for (const file of files) {
    for (const n of file.nodes) {
      if (n.kind !== undefined) continue;
      const existing = merged.get(n.id);
      if (existing) {
        cite(existing, n, file);
        continue;
      }
      const message = draftIds.has(n.id)
        ? `"${n.id}" refers to an entity only drafts define (review: draft): review it too, or seed with --drafts`
        : `"${n.id}" refers to an entity (no kind or name) that neither entities.yaml nor another document defines${unknown(n.id, merged.keys())}`;
      problems.push({ file: file.file, line: n.line, message });
    }
  }
  return merged;
}

/**
 * One name, one thing: a name or alias two ids claim would make mentions and search ambiguous.
 * Global labels must be unique in the corpus; a document's alias only among what links in that
 * document (every global label, and that document's aliases), so two parties may each be "the Party".
 */
export function checkLabels(nodes: Iterable<MergedNode>, plain: (text: string) => string, problems: Problem[]): void {
  const global = new Map<string, MergedNode>();
  const list = [...nodes];
  for (const node of list) {
    for (const label of node.globalLabels) {
      const owner = global.get(plain(label));
      if (owner && owner.id !== node.id) {
        problems.push({
          ...node.definedAt,
          message: `the name or alias "${label}" of "${node.id}" is already used by "${owner.id}" (${at(owner.definedAt)})`,
        });
      } else global.set(plain(label), node);
    }
  }
  const byDocument = new Map<string, Map<string, MergedNode>>();
  for (const node of list) {
    for (const [document, aliases] of node.documentAliases) {
      const local = byDocument.get(document) ?? new Map<string, MergedNode>();
      byDocument.set(document, local);
      for (const alias of aliases) {
        const key = plain(alias);
        const owner = global.get(key) ?? local.get(key);
        if (owner && owner.id !== node.id) {
          problems.push({
            ...(node.aliasesAt.get(document) ?? node.definedAt),
            message: `the name or alias "${alias}" of "${node.id}" is already used by "${owner.id}" (${at(owner.definedAt)})`,
          });
        } else local.set(key, node);
      }
    }
  }
}
