// What a query selects under the field being resolved. Lets node and search load relations only
// when asked, and lets the stores leave out the evidence and fields of nested nodes the query does
// not show, inside the same single store call, instead of one more per node.
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
import type { NestedNodes } from '../store/types.ts';

function isIncluded(node: SelectionNode, variables: GraphQLResolveInfo['variableValues']): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] === false) return false;
  return true;
}

/** The fields selected directly in `set` (named `name`, or all), through inline and named fragments too. */
function fieldsIn(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  name?: string,
  seenFragments = new Set<string>(),
): FieldNode[] {
  return (set?.selections ?? []).flatMap((selection): FieldNode[] => {
    if (!isIncluded(selection, info.variableValues)) return [];
    switch (selection.kind) {
      case Kind.FIELD:
        return name === undefined || selection.name.value === name ? [selection] : [];
      case Kind.INLINE_FRAGMENT:
        return fieldsIn(info, selection.selectionSet, name, seenFragments);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = selection.name.value;
        if (seenFragments.has(fragment)) return [];
        seenFragments.add(fragment);
        return fieldsIn(info, info.fragments[fragment]?.selectionSet, name, seenFragments);
      }
      default:
        return [];
    }
  });
}

/**
 * The fields at `path` below the field being resolved (['nodes', 'evidence']: evidence of its
 * nodes; '*' for every field at that step: ['nodes', '*'], all that is selected on its nodes).
 */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) fields = fields.flatMap((f) => fieldsIn(info, f.selectionSet, name === '*' ? undefined : name));
  return [...fields];
}

/** True when `field` is selected directly on the result. */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return fieldsAt(info, [field]).length > 0;
}

/** The node fields a brief node has (NestedNodes.brief); __typename is answered without the store. */
const BRIEF_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'kind', 'name', 'date', 'evidence', 'evidenceCount', 'position']);

/**
 * What the nodes at each of `nodePaths` need: their evidence — none when no `evidence` is
 * selected on them, the largest `evidence(first:)` when every selection gives one, else all — and
 * whether the selection stays within the brief fields.
 */
export function nestedNodes(info: GraphQLResolveInfo, nodePaths: readonly (readonly string[])[]): NestedNodes {
  const selected = nodePaths.flatMap((path) => fieldsAt(info, [...path, '*']));
  const brief = selected.every((f) => BRIEF_FIELDS.has(f.name.value));
  let most = 0;
  for (const field of selected.filter((f) => f.name.value === 'evidence')) {
    const arg = field.arguments?.find((a) => a.name.value === 'first');
    const first: unknown = arg ? valueFromASTUntyped(arg.value, info.variableValues) : undefined;
    if (typeof first !== 'number') return { brief };
    most = Math.max(most, first);
  }
  return { evidence: most, brief };
}
