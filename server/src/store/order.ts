// The orderings the GraphStore contract promises (see types.ts), as comparators both stores can
// use, so that a list reads the same whichever store answered.
import type { Evidence, GraphNode } from './types.ts';

const collator = new Intl.Collator('en', { numeric: true });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** ISO 8601 strings sort as text; undated things come last. */
export function compareDate(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

export function byName(a: GraphNode, b: GraphNode): number {
  return compareText(a.name, b.name) || compareText(a.id, b.id);
}

export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function byDateThenName(a: GraphNode, b: GraphNode): number {
  return compareDate(a.date, b.date) || byName(a, b);
}

function firstCitation(node: GraphNode): [string, number] {
  const first: Evidence | undefined = node.evidence[0];
  return first ? [first.document, first.paragraph] : ['\uffff', Number.MAX_SAFE_INTEGER];
}

/** Document order: where the node is first cited, then its name. */
export function byDocumentOrder(a: GraphNode, b: GraphNode): number {
  const [docA, parA] = firstCitation(a);
  const [docB, parB] = firstCitation(b);
  return compareText(docA, docB) || parA - parB || byName(a, b);
}
