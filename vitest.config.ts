// One copy of graphql in tests. graphql 16 ships CommonJS (main) and ESM (module) side by side;
// Vite would hand our sources the ESM copy while yoga and graphql-tools, loaded by Node, get the
// CommonJS one, and every instanceof across the two fails ("Cannot use GraphQLObjectType from
// another module or realm", our GraphQLErrors masked as unexpected). Resolving the bare import to
// the CommonJS entry keeps tests on the one copy `npm start` uses.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
});
