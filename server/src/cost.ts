// What a query costs before it runs: the number of objects its answer can hold, estimated from the
// selection and the schema. A list's length is its size argument (`first`, `limit`) when it has
// one, the resolver's default when that argument is absent, and otherwise an assumed length, so
// nested lists multiply: 15 aliases of `search(limit: 100) { relations { node { evidence } } }`
// cost 15 × 100 × 100 × 100 objects, a `graph` of 2000 nodes with 20 quotes each about 104,000.
// Scalars cost nothing (their number is bounded by the query's own size, the token limit); the
// answer's real size is bounded as it is produced (answer-limit.ts), for when an assumption is off.
// graphql-armor's cost limit counts only literal `first`/`last` arguments, so a `limit:` or a
// variable passes it uncounted; this is our own.
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** The arguments that give a list's length. */
const SIZE_ARGUMENTS = ['first', 'limit'] as const;

/**
 * The length a list has when its size argument is absent: the resolver's default (search 20,
 * graph 2000, disagreements 100, timeline 500), or "every one" assumed as large as the largest page (attendance without `first`),
 * or a hub's worth (a node's every quote).
 */
export const ABSENT_SIZE: Readonly<Record<string, number>> = {
  'Query.search': 20,
  'Query.graph': 2000,
  'Query.attendance': 1000,
  'Query.disagreements': 100,
  'Query.timeline': 500,
  'Node.evidence': 100,
  'GraphNode.evidence': 100,
};

/**
 * Lists with no size argument, assumed this long: a hub's relations, the members of a neighbourhood
 * or path, the documents of the corpus this is built for (about 1,000) and a long document's paragraphs.
 */
export const ASSUMED_LENGTH: Readonly<Record<string, number>> = {
  'Node.relations': 100,
  'Subgraph.nodes': 1000,
  'Subgraph.edges': 1000,
  'Query.documents': 1000,
  'Document.paragraphs': 100,
};

/**
 * Lists whose length the field that returned their object bounds: a path's nodes and relations
 * are at most maxHops + 1 and maxHops (maxHops is at most 8), not a neighbourhood's thousand.
 */
export const LENGTH_UNDER: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'Subgraph.nodes': { 'Query.path': 9, 'Query.paths': 9 },
  'Subgraph.edges': { 'Query.path': 8, 'Query.paths': 8 },
};

/**
 * Lists loaded only on the objects some fields return, and null elsewhere: a node's relations come
 * with the nodes `node` and `search` return, not with nested ones (schema.graphql says so).
 */
export const LOADED_ONLY_UNDER: Readonly<Record<string, readonly string[]>> = {
  'Node.relations': ['Query.node', 'Query.search'],
};

/** Any other list (evidence of a relation, properties, steps, attendees…). */
export const DEFAULT_LIST_LENGTH = 10;

/**
 * The most a query may cost: about ten times the viewer's largest question (the whole graph, 2000
 * nodes with 20 quotes each: ~104,000), so every question it asks passes with room to spare.
 */
export const MAX_COST = 1_000_000;

/** The value of an argument: a literal, or a variable's value; undefined when absent or not a number. */
function numberArgument(value: ValueNode | undefined, variables: Readonly<Record<string, unknown>>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === 'number' && Number.isFinite(given) ? given : undefined;
  }
  return undefined;
}

interface Walk {
  schema: GraphQLSchema;
  variables: Readonly<Record<string, unknown>>;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** Fragments being walked: a cycle (refused by validation anyway) must not loop here. */
  open: Set<string>;
}

/** The field definition a selection names on a composite type (any member's, for a union). */
function fieldOf(schema: GraphQLSchema, typeName: string, fieldName: string): GraphQLField<unknown, unknown> | undefined {
  const type = schema.getType(typeName);
  if (isObjectType(type) || isInterfaceType(type)) return type.getFields()[fieldName];
  return undefined;
}

/**
 * The objects a selection set can produce on one object of `typeName`, returned by the field `via`
 * ("Query.search"). `inherited` is the size argument of that field when it returned one object
 * (graph(limit:) sizes its Subgraph's lists).
 */
function selectionCost(set: SelectionSetNode, typeName: string, via: string, walk: Walk, inherited: number | undefined): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += selectionCost(selection.selectionSet, selection.typeCondition?.name.value ?? typeName, via, walk, inherited);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || walk.open.has(name)) continue;
      walk.open.add(name);
      cost += selectionCost(fragment.selectionSet, fragment.typeCondition.name.value, via, walk, inherited);
      walk.open.delete(name);
    } else {
      const name = selection.name.value;
      // Introspection is bounded by graphql-js's own rules and the depth limit; GraphiQL's query must pass.
      if (name.startsWith('__') || !selection.selectionSet) continue;
      const field = fieldOf(walk.schema, typeName, name);
      if (!field) continue;
      const key = `${typeName}.${name}`;
      const loadedUnder = LOADED_ONLY_UNDER[key];
      if (loadedUnder && !loadedUnder.includes(via)) continue;
      const sizeArgument = selection.arguments?.find((a) => (SIZE_ARGUMENTS as readonly string[]).includes(a.name.value));
      const given = numberArgument(sizeArgument?.value, walk.variables);
      const takesSize = field.args.some((a) => (SIZE_ARGUMENTS as readonly string[]).includes(a.name));
      const size = takesSize ? Math.max(0, given ?? ABSENT_SIZE[key] ?? DEFAULT_LIST_LENGTH) : undefined;
      const child = getNamedType(field.type);
      if (!isCompositeType(child)) continue;
      const isList = isListType(getNullableType(field.type));
      // A size argument on a field that returns one object sizes that object's lists instead.
      const length = isList ? (size ?? inherited ?? LENGTH_UNDER[key]?.[via] ?? ASSUMED_LENGTH[key] ?? DEFAULT_LIST_LENGTH) : 1;
      const passed = isList ? undefined : size;
      cost += length * (1 + selectionCost(selection.selectionSet, child.name, key, walk, passed));
    }
  }
  return cost;
}

/** The estimated cost of the operation a request runs (the only one, or the one named). */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> = {},
  operationName?: string | null,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const root = operation && operation.operation === 'query' ? schema.getQueryType() : undefined;
  if (!operation || !root) return 0;
  return selectionCost(operation.selectionSet, root.name, '', { schema, variables, fragments, open: new Set() }, undefined);
}

/** Whether the cost depends on the variables (a size argument given as one); else it can be cached per document. */
export function sizedByVariables(document: DocumentNode): boolean {
  let found = false;
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (found) return;
      if (selection.kind === Kind.FIELD) {
        if (
          selection.arguments?.some((a) => (SIZE_ARGUMENTS as readonly string[]).includes(a.name.value) && a.value.kind === Kind.VARIABLE)
        )
          found = true;
        if (selection.selectionSet) visit(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition.selectionSet);
  }
  return found;
}
