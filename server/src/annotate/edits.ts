// The changes annotate mode makes to one annotation file, on its Document (./yaml-file.ts): what
// each mutation means in the file's terms. Whether the result is right (quotes in their paragraphs,
// ids known, relations allowed between those kinds) is the seed's to say: ./workspace.ts runs its
// validator on every result before anything is written. What is refused here is what the file
// itself cannot take: an id it already has, an item it does not have.
import type { YAMLMap } from 'yaml';
import { edgeId } from '../../../seed/index.ts';
import { type NodeKind, RELATION_TYPES, RELATIONS, type RelationType } from '../../../graph/src/model.ts';
import { MAX_ID_LENGTH } from '../../../graph/src/limits.ts';
import { EditRefusedError } from './errors.ts';
import { AnnotationYaml, type EvidenceValue, type FieldValue } from './yaml-file.ts';

/** What the rest of the corpus declares: ids this file may refer to (seed/entities.yaml, the other documents). */
export interface Elsewhere {
  nodes: ReadonlyMap<string, { kind: NodeKind; name: string }>;
  edges: ReadonlyMap<string, { type: RelationType; source: string; target: string }>;
}

export interface NodeFields {
  id?: string | null;
  kind: NodeKind;
  name: string;
  aliases?: readonly string[] | null;
  description?: string | null;
  date?: string | null;
  category?: string | null;
  negative?: boolean | null;
  evidence: readonly EvidenceValue[];
}

export interface NodePatchFields {
  name?: string | null;
  aliases?: readonly string[] | null;
  description?: string | null;
  date?: string | null;
  category?: string | null;
  negative?: boolean | null;
}

export interface EdgeFields {
  id?: string | null;
  type: RelationType;
  source: string;
  target: string;
  properties?: readonly { key: string; value: string }[] | null;
  negative?: boolean | null;
  evidence: readonly EvidenceValue[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const isRelationType = (value: unknown): value is RelationType => RELATION_TYPES.some((t) => t === value);

/** The id of an edge entry: its own, or the one the seed derives (seed/src/build.ts edgeId). */
export function edgeEntryId(fields: Record<string, unknown>): string | undefined {
  const own = text(fields['id']);
  if (own !== undefined) return own;
  const type = fields['type'];
  const source = text(fields['source']);
  const target = text(fields['target']);
  return isRelationType(type) && source !== undefined && target !== undefined ? edgeId(type, source, target) : undefined;
}

export function findNode(file: AnnotationYaml, id: string): YAMLMap | undefined {
  return file.items('nodes').find((item) => item.get('id') === id);
}

export function findEdge(file: AnnotationYaml, id: string): YAMLMap | undefined {
  return file.items('edges').find((item) => edgeEntryId(AnnotationYaml.plain(item)) === id);
}

/** A lower-case slug of a name, as the files' ids are ("Braeden Caley" → "braeden-caley"); -2, -3… when taken. */
export function suggestId(name: string, taken: (id: string) => boolean): string {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_ID_LENGTH - 4)
      .replace(/-+$/, '') || 'item';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

function lastOfKind(file: AnnotationYaml, key: 'kind' | 'type', value: string): YAMLMap | undefined {
  const items = file.items(key === 'kind' ? 'nodes' : 'edges');
  return items.filter((item) => item.get(key) === value).at(-1);
}

function nonEmpty<T>(list: readonly T[] | null | undefined): T[] | undefined {
  return list && list.length > 0 ? [...list] : undefined;
}

/**
 * Adds a node. An id the rest of the corpus declares is written as a reference: only the id, this
 * document's aliases and the evidence (the entity's kind and name stay where they are defined).
 */
export function addNode(file: AnnotationYaml, node: NodeFields, elsewhere: Elsewhere): string {
  const id = node.id ?? suggestId(node.name, (candidate) => findNode(file, candidate) !== undefined || elsewhere.nodes.has(candidate));
  if (findNode(file, id)) {
    throw new EditRefusedError(
      `"${id}" is already in this file: add the quote to it with addEvidence, or change it with updateNode.`,
      [],
      'node',
    );
  }
  const shared = elsewhere.nodes.get(id);
  if (shared && shared.kind !== node.kind) {
    throw new EditRefusedError(
      `"${id}" is ${shared.kind === 'Organization' ? 'an' : 'a'} ${shared.kind} elsewhere in the corpus, not ${node.kind}.`,
      [],
      'node',
    );
  }
  const fields: Record<string, FieldValue | undefined> = shared
    ? { id, aliases: nonEmpty(node.aliases), evidence: [...node.evidence] }
    : {
        id,
        kind: node.kind,
        name: node.name,
        category: node.category ?? undefined,
        aliases: nonEmpty(node.aliases),
        description: node.description ?? undefined,
        date: node.date ?? undefined,
        negative: node.negative ? true : undefined,
        evidence: [...node.evidence],
      };
  file.add('nodes', fields, shared ? undefined : lastOfKind(file, 'kind', node.kind));
  return id;
}

/** A relation's properties as the seed reads them: numbers where the model requires a number (RESPONDED_WITH's order). */
function propertyValues(type: RelationType, given: EdgeFields['properties']): Record<string, string | number> | undefined {
  if (!given || given.length === 0) return undefined;
  const rule = RELATIONS[type];
  const requires: Record<string, string> = 'requires' in rule ? rule.requires : {};
  const out: Record<string, string | number> = {};
  for (const { key, value } of given) {
    if (Object.hasOwn(out, key)) throw new EditRefusedError(`Property "${key}" is given twice.`, [], 'edge');
    if (requires[key] === 'number') {
      if (!/^-?\d+(?:\.\d+)?$/.test(value.trim()))
        throw new EditRefusedError(`${type} needs a number for "${key}"; "${value}" is not one.`, [], 'edge');
      out[key] = Number(value.trim());
    } else out[key] = value;
  }
  return out;
}

export function addEdge(file: AnnotationYaml, edge: EdgeFields): string {
  const id = edge.id ?? edgeId(edge.type, edge.source, edge.target);
  if (findEdge(file, id)) {
    throw new EditRefusedError(`The relation "${id}" is already in this file: add the quote to it with addEvidence.`, [], 'edge');
  }
  file.add(
    'edges',
    {
      id: edge.id ?? undefined,
      type: edge.type,
      source: edge.source,
      target: edge.target,
      negative: edge.negative ? true : undefined,
      properties: propertyValues(edge.type, edge.properties),
      evidence: [...edge.evidence],
    },
    lastOfKind(file, 'type', edge.type),
  );
  return id;
}

/**
 * Adds a quote to a node or relation of this file; for one the rest of the corpus declares, this
 * file's reference to it (made when the file has none yet).
 */
export function addEvidence(file: AnnotationYaml, target: string, evidence: EvidenceValue, elsewhere: Elsewhere): string {
  const item = findNode(file, target) ?? findEdge(file, target);
  if (item) {
    const cited = AnnotationYaml.plain(item)['evidence'];
    const same = Array.isArray(cited) && cited.some((e) => e?.paragraph === evidence.paragraph && e?.quote === evidence.quote);
    if (same) throw new EditRefusedError(`"${target}" already has this quote from paragraph [${evidence.paragraph}].`, [], 'quote');
    file.addEvidence(item, evidence);
    return target;
  }
  if (elsewhere.nodes.has(target)) {
    file.add('nodes', { id: target, evidence: [evidence] });
    return target;
  }
  const edge = elsewhere.edges.get(target);
  if (edge) {
    // The same relation cited by this document too: the seed merges it with the other file's (one id, both quotes).
    const derived = edgeId(edge.type, edge.source, edge.target) === target;
    file.add('edges', { id: derived ? undefined : target, ...edge, evidence: [evidence] }, lastOfKind(file, 'type', edge.type));
    return target;
  }
  throw new EditRefusedError(`No node or relation has the id "${target}".`, [], 'target');
}

export function updateNode(file: AnnotationYaml, id: string, patch: NodePatchFields): string {
  const item = findNode(file, id);
  if (!item)
    throw new EditRefusedError(`This file has no node "${id}" to change (a shared entity is changed where it is defined).`, [], 'id');
  const set = (key: string, value: FieldValue | null | undefined) => {
    if (value === undefined) return;
    // null, an empty list and false take the field away (an absent field means the same to the seed).
    if (value === null || value === false || (Array.isArray(value) && value.length === 0)) file.delete(item, key);
    else file.set(item, key, value);
  };
  if (patch.name === null) throw new EditRefusedError('A node needs a name: give a new one instead of null.', [], 'patch');
  set('name', patch.name);
  set('aliases', patch.aliases === undefined || patch.aliases === null ? patch.aliases : [...patch.aliases]);
  set('description', patch.description);
  set('date', patch.date);
  set('category', patch.category);
  set('negative', patch.negative);
  return id;
}

/** Removes a node, with this file's relations that join it, or a relation. */
export function removeItem(file: AnnotationYaml, id: string): string {
  const node = findNode(file, id);
  if (node) {
    for (const edge of file.items('edges')) if (edge.get('source') === id || edge.get('target') === id) file.remove('edges', edge);
    file.remove('nodes', node);
    return id;
  }
  const edge = findEdge(file, id);
  if (!edge) throw new EditRefusedError(`This file has no node or relation "${id}".`, [], 'item');
  file.remove('edges', edge);
  return id;
}

/**
 * ACCEPT: the item is reviewed (its review, rule and confidence lines go). REJECT: `review: rejected`,
 * kept in the file and never in the graph; a rejected node's draft relations in this file are
 * rejected with it, since the seed would refuse them once it is gone.
 */
export function review(file: AnnotationYaml, id: string, decision: 'ACCEPT' | 'REJECT'): string {
  const node = findNode(file, id);
  const item = node ?? findEdge(file, id);
  if (!item) throw new EditRefusedError(`This file has no node or relation "${id}".`, [], 'item');
  if (item.get('review') === undefined) throw new EditRefusedError(`"${id}" is not a draft: it has no review line.`, [], 'item');
  if (decision === 'ACCEPT') {
    for (const key of ['review', 'rule', 'confidence']) file.delete(item, key);
    return id;
  }
  file.set(item, 'review', 'rejected');
  if (node) {
    for (const edge of file.items('edges')) {
      const joins = edge.get('source') === id || edge.get('target') === id;
      if (joins && edge.get('review') === 'draft') file.set(edge, 'review', 'rejected');
    }
  }
  return id;
}
