// The abusive query of issue 15, written once for the tests that refuse it (server/src/cost.test.ts,
// limits.test.ts) and the abuse load test (test/load-abuse.ts): 2 KB, legal by the depth, alias and
// token limits, and 15 × a 100-result search with every node's relations and every quote of both
// ends (1.6 MiB of answer on the tests' data, 3.4 MiB on the Ishmael summary as it stood).
export const HEAVY_QUERY = `{ ${Array.from(
  { length: 15 },
  (_, i) =>
    `a${i}: search(text: "e", limit: 100) { id name evidence { quote } relations { id node { id name evidence { quote } } evidence { quote } } }`,
).join(' ')} }`;
