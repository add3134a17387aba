// Drafts linked to what the corpus already names. The seed refuses two ids with one name or alias
// (build.ts), so a drafted node that names an existing node of the same kind (in this document's
// annotation, or another's) is that node: its relations are moved onto the existing id and the
// duplicate is dropped. One that names an existing node of another kind is dropped with its
// relations, as the seed would refuse it. The drafter links the shared entities itself; this
// catches the rest, above all a document's own reviewed entities when it is ingested again.
import { plain } from '../build.ts';
import type { Draft } from '../draft/index.ts';
import type { DefinedFile } from '../entities.ts';
import { edgeKey } from './annotation-file.ts';

export function linkToExisting(draft: Draft, files: readonly DefinedFile[], document: string): Draft {
  const owners = new Map<string, { id: string; kind: string }>();
  // This document's own annotation first: its ids win over another document's.
  const ordered = [...files].sort((a, b) => Number(b.document === document) - Number(a.document === document));
  const ids = new Set<string>();
  for (const file of ordered) {
    for (const node of file.nodes) {
      ids.add(node.id);
      for (const label of [node.name, ...(node.aliases ?? [])])
        if (!owners.has(plain(label))) owners.set(plain(label), { id: node.id, kind: node.kind });
    }
  }
  const moved = new Map<string, string | null>();
  const nodes = draft.nodes.filter((node) => {
    if (ids.has(node.id)) return true;
    const owner = [node.name, ...(node.aliases ?? [])].map((l) => owners.get(plain(l))).find((o) => o !== undefined);
    if (!owner) return true;
    moved.set(node.id, owner.kind === node.kind ? owner.id : null);
    return false;
  });
  const end = (id: string) => (moved.has(id) ? moved.get(id) : id);
  const seen = new Set<string>();
  const edges = draft.edges.flatMap((edge) => {
    const source = end(edge.source);
    const target = end(edge.target);
    if (!source || !target || source === target) return [];
    const linked = { ...edge, source, target };
    if (seen.has(edgeKey(linked))) return [];
    seen.add(edgeKey(linked));
    return [linked];
  });
  return { nodes, edges };
}
