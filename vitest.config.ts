import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships CJS and ESM builds; load one copy everywhere so `instanceof GraphQLError` holds.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'client/dist/**', 'neo4j/target/**'],
    // Decides once per run which Neo4j the suites use (NEO4J_URI, a local one, or none).
    globalSetup: ['test/neo4j-global-setup.ts'],
    testTimeout: 30_000,
    // Starting a local Neo4j (and building it on first use) takes a while.
    hookTimeout: 180_000,
    // The Neo4j suites share one database, and the machine has two cores.
    fileParallelism: false,
  },
});
