// Does a query select a field on the value a root field returns? Lets node and search load
// relations only when asked, inside the same single store call, instead of one more per node.
import {
  type FieldNode,
  type GraphQLResolveInfo,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
  getDirectiveValues,
} from 'graphql';

function isIncluded(node: SelectionNode, variables: GraphQLResolveInfo['variableValues']): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] === false) return false;
  return true;
}

/** True when `field` is selected directly on the result, through inline fragments and named fragments too. */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  const seenFragments = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    set?.selections.some((selection) => {
      if (!isIncluded(selection, info.variableValues)) return false;
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === field;
        case Kind.INLINE_FRAGMENT:
          return inSet(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          if (seenFragments.has(name)) return false;
          seenFragments.add(name);
          return inSet(info.fragments[name]?.selectionSet);
        }
      }
    }) ?? false;
  return info.fieldNodes.some((node: FieldNode) => inSet(node.selectionSet));
}
