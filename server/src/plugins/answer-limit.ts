// The answer's size, bounded as it is produced: every list of objects a request resolves counts its
// items, and past the maximum the rest of the lists come back empty and the whole answer is
// replaced by one LIMIT_EXCEEDED error. The cost estimate (cost-limit.ts) refuses most large
// questions before they run; this catches what its assumed list lengths get wrong (a hub with
// thousands of relations), so no single answer grows without bound.
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  type GraphQLSchema,
  isCompositeType,
  isListType,
  isObjectType,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LimitExceededError } from '../errors.ts';

/**
 * Objects in lists one answer may hold. The viewer's largest answers, on the benchmark's corpus of
 * 1,000 documents (59,351 nodes): the Briefings view 30,002 (4.5 MiB), the SITE Task Force's
 * neighbourhood 21,846 (3.6 MiB). A third of this, so a bigger corpus still fits; what passes it
 * is tens of MiB, which no question of the viewer asks for.
 */
export const MAX_ANSWER_OBJECTS = 100_000;

interface Tally {
  objects: number;
  exceeded: boolean;
}

/** One tally per request, found from the context object every resolver of the request receives. */
const tallies = new WeakMap<object, Tally>();

function count(context: unknown, items: number, max: number): boolean {
  if (typeof context !== 'object' || context === null) return true;
  const tally = tallies.get(context);
  if (!tally) return true;
  tally.objects += items;
  if (tally.objects > max) tally.exceeded = true;
  return !tally.exceeded;
}

/**
 * Wraps the resolver of every field that returns a list of objects so that it counts the items.
 * Changes `schema` in place (it is built fresh for each app) and returns it.
 */
export function countListItems(schema: GraphQLSchema, max: number = MAX_ANSWER_OBJECTS): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type)) || !isCompositeType(getNamedType(field.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const counted = (list: unknown, context: unknown): unknown => {
        if (!Array.isArray(list)) return list;
        return count(context, list.length, max) ? list : [];
      };
      field.resolve = (source, args, context, info) => {
        const list: unknown = resolve(source, args, context, info);
        return list instanceof Promise ? list.then((value: unknown) => counted(value, context)) : counted(list, context);
      };
    }
  }
  return schema;
}

/** Starts a tally for each execution and replaces an answer that passed `max` by one error. */
export function useAnswerLimit(max: number = MAX_ANSWER_OBJECTS): Plugin {
  return {
    onExecute({ args }) {
      const context: unknown = args.contextValue;
      if (typeof context !== 'object' || context === null) return;
      const tally: Tally = { objects: 0, exceeded: false };
      tallies.set(context, tally);
      return {
        onExecuteDone({ setResult }) {
          tallies.delete(context);
          if (!tally.exceeded) return;
          const error = new LimitExceededError(
            `The answer passed ${max.toLocaleString('en-US')} objects in lists; ask for less (a smaller limit or first, fewer aliases or nested lists).`,
            'answer',
            { maxObjects: max, http: { status: 400 } },
          );
          setResult({ errors: [error] });
        },
      };
    },
  };
}
