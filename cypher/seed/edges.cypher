// Curated relations. Not `MERGE (a)-[r:$(row.type) {id: row.id}]->(b)`: the whole load is one
// transaction, so on a fresh database the planner's statistics say there are no relationships and
// it plans that MERGE (and any untyped match between a and b) as a scan of ALL relationships per
// row, quadratic in the graph (100 documents: 90 s for this step; bench/RESULTS.md). A typed
// pattern between two bound nodes is planned as Expand(Into) whatever the statistics say, so the
// existing relation is looked up with every type the annotations may use (RELATION_TYPES of
// graph/src/model.ts, written in by the loader: bench/seed-cypher.test.ts) and created only when absent.
// The seed is the only writer and runs in one transaction, so the lookup-then-create is safe.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
OPTIONAL MATCH (a)-[old:{{RELATION_TYPES}}]->(b)
WHERE old.id = row.id AND type(old) = row.type
OPTIONAL CALL (a, b, row, old) {
  WITH * WHERE old IS NULL
  CREATE (a)-[new:$(row.type)]->(b)
  RETURN new
}
WITH coalesce(old, new) AS r, row
SET r = row.props
