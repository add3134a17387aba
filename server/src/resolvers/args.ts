// Argument checks shared by the root resolvers: ranges the SDL states in words become
// LIMIT_EXCEEDED, values that cannot mean anything become BAD_USER_INPUT, before any store call.
import { NODE_KINDS } from '../../../graph/src/model.ts';
import { BadUserInputError, LimitExceededError } from '../errors.ts';

// Ids are short slugs; anything longer is not an id and is not worth a store call. The seed holds
// its ids to the same limit (graph/src/limits.ts), so every id it writes can be asked for.
import { MAX_ID_LENGTH } from '../../../graph/src/limits.ts';

export { MAX_ID_LENGTH };
export const MAX_SEARCH_TEXT = 200;
const KINDS: ReadonlySet<string> = new Set(NODE_KINDS);

export function requiredId(args: Record<string, unknown>, name: string): string {
  const value = args[name];
  if (typeof value !== 'string') throw new BadUserInputError(`${name} must be an id.`, name);
  if (value.length > MAX_ID_LENGTH) throw new BadUserInputError(`${name} is longer than ${MAX_ID_LENGTH} characters.`, name);
  return value;
}

export function optionalId(args: Record<string, unknown>, name: string): string | undefined {
  return args[name] == null ? undefined : requiredId(args, name);
}

export function optionalInt(args: Record<string, unknown>, name: string): number | undefined {
  const value = args[name];
  if (value == null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new BadUserInputError(`${name} must be an integer.`, name);
  return value;
}

/** An integer in [min, max]; absent or null means `fallback` (the SDL default). */
export function intInRange(args: Record<string, unknown>, name: string, min: number, max: number, fallback: number): number {
  const value = optionalInt(args, name) ?? fallback;
  if (value < min || value > max) {
    throw new LimitExceededError(`${name} must be between ${min} and ${max}; it was ${value}.`, name);
  }
  return value;
}

/** Node kinds to keep; undefined when absent or empty (no filter). Unknown kinds are named in the error. */
export function optionalKinds(args: Record<string, unknown>, name = 'kinds'): string[] | undefined {
  const value = args[name];
  if (value == null) return undefined;
  if (!Array.isArray(value)) throw new BadUserInputError(`${name} must be a list of node kinds.`, name);
  const kinds = [...new Set(value.map((k) => String(k)))];
  const unknown = kinds.filter((k) => !KINDS.has(k));
  if (unknown.length > 0) {
    throw new BadUserInputError(`Unknown kind${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k.slice(0, 50)}"`).join(', ')}; the kinds are ${NODE_KINDS.join(', ')}.`, name);
  }
  return kinds.length > 0 ? kinds : undefined;
}

export function searchText(args: Record<string, unknown>, name = 'text'): string {
  const value = args[name];
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0 || text.length > MAX_SEARCH_TEXT) {
    throw new LimitExceededError(`${name} must have 1 to ${MAX_SEARCH_TEXT} characters (not counting spaces at either end).`, name);
  }
  return text;
}
