// The seed's public face: what the server, the benchmarks and the tests may use of the pipeline.
// Everything else under seed/src is the seed's own business.
export { loadGraph } from './src/pipeline.ts';
export { edgeId } from './src/build.ts';
export { SeedError, type Problem } from './src/problems.ts';
export { applySchema, countGraph, graphFingerprint, loadIntoNeo4j, storedFingerprint } from './src/neo4j-load.ts';
