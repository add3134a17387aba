// "The same text, ignoring case and accents": the one definition search uses in both stores.
// The seed stores every node's names normalised with it (`searchText`, see neo4j-rows.ts), the
// Neo4j store normalises the query with it, and the in-memory store ranks with it (server/src/store/text.ts),
// so both stores match and rank exactly alike.

/** Case- and accent-insensitive form: "Ishmaël" and "ISHMAEL" both become "ishmael"; spaces collapsed. */
export function normaliseText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A node's name and aliases, normalised, one per line: the Neo4j `searchText` property.
 * Normalised text holds no line break, so a query can never match across two names.
 */
export function searchText(name: string, aliases: readonly string[] = []): string {
  return [name, ...aliases].map(normaliseText).join('\n');
}
