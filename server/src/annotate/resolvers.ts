// The resolvers of annotate mode: `annotation(document)` and the mutations. Each checks its
// arguments' lengths, then asks the workspace for one change; the workspace checks the version,
// runs the seed's validator and writes. The write guard (./write-guard.ts) has already checked the
// token and the origin before any of these runs.
import type { MutationResolvers, QueryResolvers } from '../generated/annotate-types.ts';
import { requiredId } from '../resolvers/args.ts';
import { addEdge, addEvidence, addNode, removeItem, review, updateNode } from './edits.ts';
import { EditRefusedError } from './errors.ts';
import type { Workspace } from './workspace.ts';

/** Longer than any quote of a paragraph or any name worth a node: refused before any file is read. */
const MAX_TEXT = 5000;

function checkedText(value: string, name: string): string {
  if (value.length > MAX_TEXT) throw new EditRefusedError(`${name} is longer than ${MAX_TEXT} characters.`, [], name);
  return value;
}

function checkedEvidence(list: readonly { paragraph: number; quote: string }[], name: string) {
  return list.map((e) => ({ paragraph: e.paragraph, quote: checkedText(e.quote, `${name}.quote`) }));
}

export function annotateResolvers(workspace: Workspace) {
  const annotation: NonNullable<QueryResolvers['annotation']> = (_parent, args) =>
    workspace.annotation(requiredId(args.document, 'document'));

  const mutations = {
    addNode: (_parent, { document, version, node }) => {
      const fields = {
        ...node,
        id: node.id == null ? node.id : requiredId(node.id, 'node.id'),
        name: checkedText(node.name, 'node.name'),
        evidence: checkedEvidence(node.evidence, 'node.evidence'),
      };
      return workspace.change(requiredId(document, 'document'), version, (file, elsewhere) => addNode(file, fields, elsewhere));
    },
    addEdge: (_parent, { document, version, edge }) => {
      const fields = {
        ...edge,
        id: edge.id == null ? edge.id : requiredId(edge.id, 'edge.id'),
        source: requiredId(edge.source, 'edge.source'),
        target: requiredId(edge.target, 'edge.target'),
        evidence: checkedEvidence(edge.evidence, 'edge.evidence'),
      };
      return workspace.change(requiredId(document, 'document'), version, (file) => addEdge(file, fields));
    },
    addEvidence: (_parent, { document, target, paragraph, quote, version }) => {
      const evidence = { paragraph, quote: checkedText(quote, 'quote') };
      const id = requiredId(target, 'target');
      return workspace.change(requiredId(document, 'document'), version, (file, elsewhere) => addEvidence(file, id, evidence, elsewhere));
    },
    updateNode: (_parent, { document, version, id, patch }) => {
      const node = requiredId(id, 'id');
      return workspace.change(requiredId(document, 'document'), version, (file) => updateNode(file, node, patch));
    },
    removeItem: (_parent, { document, version, item }) => {
      const id = requiredId(item, 'item');
      return workspace.change(requiredId(document, 'document'), version, (file) => removeItem(file, id));
    },
    review: (_parent, { document, item, decision, version }) => {
      const id = requiredId(item, 'item');
      return workspace.change(requiredId(document, 'document'), version, (file) => review(file, id, decision));
    },
    undo: (_parent, { document, version }) => workspace.undo(requiredId(document, 'document'), version),
  } satisfies Required<MutationResolvers>;

  return { Query: { annotation }, Mutation: mutations };
}
