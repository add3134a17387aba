// Argument checks shared by the root resolvers. graphql-js has already coerced every argument to
// its SDL type (the generated argument types say which), so what is left is what the SDL states
// only in words: ranges become LIMIT_EXCEEDED, values that cannot mean anything BAD_USER_INPUT,
// before any store call. Kinds need no check here: NodeKind is an enum, so an unknown kind is
// refused in validation, with the kinds named (../errors.ts).
import type { NodeKind } from '../../../graph/src/model.ts';
import { BadUserInputError, LimitExceededError } from '../errors.ts';

// Ids are short slugs; anything longer is not an id and is not worth a store call. The seed holds
// its ids to the same limit (graph/src/limits.ts), so every id it writes can be asked for.
import { MAX_ID_LENGTH } from '../../../graph/src/limits.ts';

export { MAX_ID_LENGTH };
export const MAX_SEARCH_TEXT = 200;

export function requiredId(value: string, name: string): string {
  if (value.length > MAX_ID_LENGTH) throw new BadUserInputError(`${name} is longer than ${MAX_ID_LENGTH} characters.`, name);
  return value;
}

export function optionalId(value: string | null | undefined, name: string): string | undefined {
  return value == null ? undefined : requiredId(value, name);
}

/**
 * An integer in [min, max]; absent or null means `fallback` (the SDL default). Null is possible
 * even where the SDL gives a default (and the generated type says number): a client may pass
 * null explicitly, which GraphQL does not replace with the default.
 */
export function intInRange(value: number | null | undefined, name: string, min: number, max: number, fallback: number): number {
  const n = value ?? fallback;
  if (n < min || n > max) throw new LimitExceededError(`${name} must be between ${min} and ${max}; it was ${n}.`, name);
  return n;
}

/** Node kinds to keep, without repeats; undefined when absent or empty (no filter). */
export function optionalKinds(kinds: readonly NodeKind[] | null | undefined): NodeKind[] | undefined {
  return kinds == null || kinds.length === 0 ? undefined : [...new Set(kinds)];
}

export function searchText(value: string, name: string): string {
  const text = value.trim();
  if (text.length === 0 || text.length > MAX_SEARCH_TEXT) {
    throw new LimitExceededError(`${name} must have 1 to ${MAX_SEARCH_TEXT} characters (not counting spaces at either end).`, name);
  }
  return text;
}
