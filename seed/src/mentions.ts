// Links every paragraph to the entities it names. Names and aliases are matched whole-word and
// case-sensitively ("the Party" is the Liberal Party; "third party" is not), through an index on
// each label's first word so the cost grows with the text, not with text × entities. Names and the
// aliases of entities.yaml link in every document; an annotation's aliases only in its own ("the
// Party" is the Liberal Party in the Ishmael summary, another party in another summary).
import type { Document, Mention } from '../../graph/src/model.ts';

/** What links an entity's mentions: labels for every document, and aliases by the document they hold in. */
export interface EntityLabels {
  id: string;
  globalLabels: readonly string[];
  documentAliases: ReadonlyMap<string, readonly string[]>;
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Below this length a label is too likely to match by accident. */
const MIN_LABEL_LENGTH = 3;

interface Label {
  entity: string;
  text: string;
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;

function firstWord(text: string): string | undefined {
  return FIRST_WORD.exec(text)?.[0];
}

export function buildLabelIndex(labels: readonly { id: string; labels: readonly string[] }[]): Map<string, Label[]> {
  const index = new Map<string, Label[]>();
  for (const node of labels) {
    for (const text of new Set(node.labels)) {
      const word = firstWord(text);
      if (!word || text.length < MIN_LABEL_LENGTH) continue;
      const list = index.get(word) ?? [];
      list.push({ entity: node.id, text });
      index.set(word, list);
    }
  }
  // Longest first, so "Liberal Party" wins over "Liberal" at the same place.
  for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length);
  return index;
}

export function mentionsIn(text: string, index: ReadonlyMap<string, Label[]>): Label[] {
  const found = new Map<string, Label>();
  for (const m of text.matchAll(WORD)) {
    const candidates = index.get(m[0]);
    if (!candidates) continue;
    for (const label of candidates) {
      const end = m.index + label.text.length;
      if (!text.startsWith(label.text, m.index) || WORD_CHAR.test(text.charAt(end))) continue;
      if (!found.has(label.entity)) found.set(label.entity, label);
    }
  }
  return [...found.values()];
}

export function findMentions(documents: readonly Document[], entities: readonly EntityLabels[]): Mention[] {
  const shared = buildLabelIndex(entities.map((e) => ({ id: e.id, labels: e.globalLabels })));
  const byDocument = new Map<string, { id: string; labels: readonly string[] }[]>();
  for (const e of entities) {
    for (const [document, labels] of e.documentAliases) {
      const list = byDocument.get(document) ?? [];
      list.push({ id: e.id, labels });
      byDocument.set(document, list);
    }
  }
  return documents.flatMap((d) => {
    // A small index of this document's own aliases beside the shared one: an entity found by either is mentioned.
    const local = buildLabelIndex(byDocument.get(d.id) ?? []);
    return d.paragraphs.flatMap((p) => {
      const found = new Map<string, Label>();
      for (const l of [...mentionsIn(p.text, shared), ...mentionsIn(p.text, local)]) if (!found.has(l.entity)) found.set(l.entity, l);
      return [...found.values()].map((l) => ({ document: d.id, paragraph: p.number, entity: l.entity, text: l.text }));
    });
  });
}
