// What the annotate workbench decides without the server: the id it suggests for a new node, the
// relation types the model allows between two kinds (and the properties each requires), and the
// exact quote a selection of words stands for. The server's validator has the last word on all of
// these; the workbench uses them so that a form offers only what can be saved.
import { NODE_KINDS, RELATION_TYPES, relationRule, type NodeKind, type RelationType } from '../../graph/src/model.ts';

export { NODE_KINDS, RELATION_TYPES };
export type { NodeKind, RelationType };

/** The longest id the workbench suggests; longer names are cut at a word. */
const ID_LENGTH = 60;

/** A lower-case slug of a name ("Zoë Marchetti" → "zoe-marchetti"), accents dropped, possessives too, cut at a word. */
export function slugOf(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= ID_LENGTH) return s;
  const cut = s.slice(0, ID_LENGTH);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/** The id suggested for a new node: its name's slug, numbered when the graph already has that id. Empty for a name with no letters or digits. */
export function suggestId(name: string, taken: ReadonlySet<string>): string {
  const base = slugOf(name);
  if (base === '' || !taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The relation types the model allows from a node of kind `source` to one of kind `target`, in the model's order. */
export function relationTypesBetween(source: NodeKind, target: NodeKind): RelationType[] {
  return RELATION_TYPES.filter((type) => {
    const rule = relationRule(type);
    return rule.source.includes(source) && rule.target.includes(target);
  });
}

/** The properties a relation type must carry, with their type ("role" of HELD_ROLE, "order" of RESPONDED_WITH). */
export function requiredProperties(type: RelationType): { key: string; type: 'number' | 'string' }[] {
  return Object.entries(relationRule(type).requires ?? {}).map(([key, t]) => ({ key, type: t }));
}

/** The words of one paragraph a reader selected. */
export interface TextSelection {
  document: string;
  paragraph: number;
  /** Exact substring of the paragraph's text */
  quote: string;
}

/**
 * The quote that the characters `start`..`end` of a paragraph's text stand for: the selection
 * without the spaces around it (a double-click takes the space after a word too). Null when
 * nothing but spaces is selected or the range is outside the text.
 */
export function quoteAt(text: string, start: number, end: number): { start: number; end: number; quote: string } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/u.test(text[from] ?? '')) from++;
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to--;
  if (to <= from) return null;
  return { start: from, end: to, quote: text.slice(from, to) };
}

/** Why a typed quote cannot be evidence of this paragraph, or null when it can (the seed wants an exact substring). */
export function quoteProblem(text: string, quote: string): string | null {
  if (quote.trim() === '') return 'The quote is empty: select words in the paragraph or type them.';
  if (quote !== quote.trim()) return 'The quote starts or ends with a space.';
  if (!text.includes(quote)) return 'These words are not in the paragraph exactly as typed (case, spaces and punctuation count).';
  return null;
}

/** A draft item of the annotation as the workbench lists it. */
export interface DraftSummary {
  item: 'NODE' | 'EDGE';
  kind: string | null;
  name: string | null;
  type: string | null;
  source: string | null;
  target: string | null;
}

/** One line that says what a draft proposes: "Person Zoë Marchetti", "zoe-marchetti ATTENDED harbour-meeting". */
export function describeDraft(draft: DraftSummary, nameOf: (id: string) => string): string {
  if (draft.item === 'NODE') return `${draft.kind ?? 'Node'} ${draft.name ?? ''}`.trim();
  const end = (id: string | null) => (id === null ? '?' : nameOf(id));
  return `${end(draft.source)} ${draft.type ?? '?'} ${end(draft.target)}`;
}

/** Whether `value` is one of the model's kinds (a select's value is a plain string). */
export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

/** The ids whose facts differ between two loads, and those gone. */
export function graphChanges<T extends { id: string }>(
  before: ReadonlyMap<string, T>,
  after: readonly T[],
): { changed: T[]; removed: string[] } {
  const now = new Map(after.map((item) => [item.id, item]));
  const changed = after.filter((item) => {
    const old = before.get(item.id);
    return old !== undefined && JSON.stringify(old) !== JSON.stringify(item);
  });
  const removed = [...before.keys()].filter((id) => !now.has(id));
  return { changed, removed };
}
