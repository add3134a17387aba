// What a query selects under the field being resolved. Lets node and search load relations only
// when asked, and lets the stores leave out the evidence of nested nodes the query does not show,
// inside the same single store call, instead of one more per node.
import {
  type FieldNode,
  type GraphQLResolveInfo,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
  getDirectiveValues,
  valueFromASTUntyped,
} from 'graphql';
import type { NestedEvidence } from '../store/types.ts';

function isIncluded(node: SelectionNode, variables: GraphQLResolveInfo['variableValues']): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] === false) return false;
  return true;
}

/** The fields named `name` selected directly in `set`, through inline and named fragments too. */
function fieldsIn(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string, seenFragments = new Set<string>()): FieldNode[] {
  return (set?.selections ?? []).flatMap((selection): FieldNode[] => {
    if (!isIncluded(selection, info.variableValues)) return [];
    switch (selection.kind) {
      case Kind.FIELD:
        return selection.name.value === name ? [selection] : [];
      case Kind.INLINE_FRAGMENT:
        return fieldsIn(info, selection.selectionSet, name, seenFragments);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = selection.name.value;
        if (seenFragments.has(fragment)) return [];
        seenFragments.add(fragment);
        return fieldsIn(info, info.fragments[fragment]?.selectionSet, name, seenFragments);
      }
    }
  });
}

/** The fields at `path` below the field being resolved (['nodes', 'evidence']: evidence of its nodes). */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) fields = fields.flatMap((f) => fieldsIn(info, f.selectionSet, name));
  return [...fields];
}

/** True when `field` is selected directly on the result. */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return fieldsAt(info, [field]).length > 0;
}

/**
 * How many evidence entries the nodes at each of `nodePaths` need: none when no `evidence` is
 * selected on them, the largest `evidence(first:)` when every selection gives one, else all.
 */
export function nestedEvidence(info: GraphQLResolveInfo, nodePaths: readonly (readonly string[])[]): NestedEvidence {
  const fields = nodePaths.flatMap((path) => fieldsAt(info, [...path, 'evidence']));
  let most = 0;
  for (const field of fields) {
    const arg = field.arguments?.find((a) => a.name.value === 'first');
    const first: unknown = arg ? valueFromASTUntyped(arg.value, info.variableValues) : undefined;
    if (typeof first !== 'number') return {};
    most = Math.max(most, first);
  }
  return { evidence: most };
}
