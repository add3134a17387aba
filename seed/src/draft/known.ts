// The entities other annotation files declare, and how a name in the text is linked to one of them.
import type { DefinedFile } from '../entities.ts';
import type { NodeKind } from '../../../graph/src/model.ts';
import { ORG_HEADS } from './lexicon.ts';
import { looseKey } from './text.ts';

const GENERIC_WORDS = new Set([...ORG_HEADS.keys(), 'Police', 'Media', 'Government', 'Staff', 'Volunteers', 'Candidates']);

/** An entity the corpus already has: from another annotation file (or, later, seed/entities.yaml). */
export interface KnownEntity {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
  /** The annotation file it came from, for messages */
  file: string;
}

/** The kinds whose names identify them across documents; claims, responses and the like are one document's own. */
const SHARED_KINDS: ReadonlySet<NodeKind> = new Set([
  'Person',
  'Organization',
  'Place',
  'Election',
  'Briefing',
  'Meeting',
  'Nomination',
  'Incident',
  'Publication',
  'Process',
]);

/**
 * The entities the other annotation files declare (names and aliases), for linking; each id once,
 * first file first. `files` come through withDefinitions (../entities.ts): references carry the kind
 * and name they refer to, and entities.yaml is one of them.
 */
export function knownEntities(files: readonly DefinedFile[], exceptDocument?: string): KnownEntity[] {
  const byId = new Map<string, KnownEntity>();
  for (const f of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    if (f.document === exceptDocument) continue;
    for (const n of f.nodes) {
      const existing = byId.get(n.id);
      if (existing) {
        for (const a of n.aliases ?? []) if (!existing.aliases.includes(a) && a !== existing.name) existing.aliases.push(a);
        continue;
      }
      byId.set(n.id, { id: n.id, kind: n.kind, name: n.name, aliases: [...(n.aliases ?? [])], file: f.file });
    }
  }
  return [...byId.values()];
}

/**
 * An alias that names the thing in any document: not one that only means it inside its own text
 * ("the Party", "IT Director", "social media platform"): those start with a determiner, or are a
 * role or common noun phrase in lower case, or a person's alias without their surname.
 */
export function isPortableAlias(entity: KnownEntity, alias: string): boolean {
  if (/^(?:the|a|an|its|their|this|that|these|those)\s/i.test(alias)) return false;
  if (entity.kind === 'Person') {
    const surname = entity.name.split(/\s+/).at(-1) ?? '';
    return surname !== '' && alias.includes(surname) && /^\p{Lu}/u.test(surname);
  }
  // Lower-case aliases are descriptions ("social media platform"); acronyms and names are capitalised.
  return /\p{Lu}/u.test(alias);
}

export interface KnownIndex {
  /** Entity ids by the loose key of each portable name */
  byKey: Map<string, KnownEntity[]>;
  /** Labels to scan the text for, longest first */
  labels: { text: string; entity: KnownEntity }[];
  byId: Map<string, KnownEntity>;
  entities: readonly KnownEntity[];
}

export function indexKnown(known: readonly KnownEntity[]): KnownIndex {
  const byKey = new Map<string, KnownEntity[]>();
  const labels: { text: string; entity: KnownEntity }[] = [];
  for (const e of known) {
    if (!SHARED_KINDS.has(e.kind)) continue;
    for (const label of new Set([e.name, ...e.aliases.filter((a) => isPortableAlias(e, a))])) {
      if (label.length < 3 && !/^\p{Lu}{2,}$/u.test(label)) continue;
      // A one-word common noun ("Police", "Party", "Centre") names nothing across documents, and would
      // cut "Kestrel Bay Police Service" into pieces.
      if (/^\p{Lu}\p{Ll}+$/u.test(label) && GENERIC_WORDS.has(label)) continue;
      const key = looseKey(label);
      if (key === '') continue;
      const list = byKey.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      byKey.set(key, list);
      labels.push({ text: label, entity: e });
    }
  }
  labels.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  return { byKey, labels, byId: new Map(known.map((e) => [e.id, e])), entities: known };
}

/** The known entity a name denotes, if exactly one of the wanted kind (or of any kind, when none is wanted) has it. */
export function lookup(index: KnownIndex, name: string, kind?: NodeKind): KnownEntity | undefined {
  const list = (index.byKey.get(looseKey(name)) ?? []).filter((e) => kind === undefined || e.kind === kind);
  return list.length === 1 ? list[0] : undefined;
}
