// Links every paragraph to the entities it names. Names and aliases are matched whole-word and
// case-sensitively ("the Party" is the Liberal Party; "third party" is not), through an index on
// each label's first word so the cost grows with the text, not with text × entities.
import type { Document, GraphNode, Mention } from '../../graph/src/model.ts';

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

export function buildLabelIndex(nodes: readonly GraphNode[]): Map<string, Label[]> {
  const index = new Map<string, Label[]>();
  for (const node of nodes) {
    for (const text of new Set([node.name, ...(node.aliases ?? [])])) {
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

export function findMentions(documents: readonly Document[], nodes: readonly GraphNode[]): Mention[] {
  const index = buildLabelIndex(nodes);
  return documents.flatMap((d) =>
    d.paragraphs.flatMap((p) =>
      mentionsIn(p.text, index).map((l) => ({ document: d.id, paragraph: p.number, entity: l.entity, text: l.text })),
    ),
  );
}
