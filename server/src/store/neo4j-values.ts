// Checked readers for the values the Neo4j driver returns. The database is a boundary: a value
// is used only after its type is checked, and a surprise names the field, so a query that drifts
// from the records it feeds fails loudly at the first record instead of deep inside a resolver.
import neo4j from 'neo4j-driver';

/** The database answered with a shape the store does not expect: a bug in a query, or a graph the seed did not write. */
export class UnexpectedValueError extends Error {
  override name = 'UnexpectedValueError';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function unexpected(what: string, wanted: string, value: unknown): never {
  throw new UnexpectedValueError(`${what}: expected ${wanted}, got ${describe(value)}`);
}

export type ValueMap = Record<string, unknown>;

/** Every key of a non-null object that is not a list reads as unknown: the one widening the module does. */
function isMap(value: unknown): value is ValueMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A Cypher map (map projections and literal maps arrive as plain objects), as the driver gave it:
 * the readers only read it, and a copy of every map of every record was ~0.1 ms of a store call.
 */
export function map(value: unknown, what: string): ValueMap {
  if (!isMap(value)) unexpected(what, 'a map', value);
  return value;
}

export function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) unexpected(what, 'a list', value);
  return value;
}

export function string(value: unknown, what: string): string {
  if (typeof value !== 'string') unexpected(what, 'a string', value);
  return value;
}

/** null (Cypher's "no value") reads as undefined, the records' "absent". */
export function optionalString(value: unknown, what: string): string | undefined {
  return value === null || value === undefined ? undefined : string(value, what);
}

export function number(value: unknown, what: string): number {
  // The store opens its driver with disableLosslessIntegers, but a caller's driverConfig may not.
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value !== 'number' || Number.isNaN(value)) unexpected(what, 'a number', value);
  return value;
}

export function optionalNumber(value: unknown, what: string): number | undefined {
  return value === null || value === undefined ? undefined : number(value, what);
}

export function boolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') unexpected(what, 'a boolean', value);
  return value;
}

export function strings(value: unknown, what: string): string[] {
  return list(value, what).map((v, i) => string(v, `${what}[${i}]`));
}

export function numbers(value: unknown, what: string): number[] {
  return list(value, what).map((v, i) => number(v, `${what}[${i}]`));
}

/** One of a fixed set of strings (a node kind, a relation type, a direction). */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) unexpected(what, `one of ${allowed.join(', ')}`, value);
  return found;
}
