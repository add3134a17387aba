// neighborhood(id, depth): the entity, every entity within $depth (0–3) curated hops of it in
// either direction, and every curated relation between two of them (the induced subgraph).
// Variable-length bounds cannot be parameters, so there is one branch per depth and $depth picks
// it: one pattern of {0,3} cut by a WHERE afterwards searched three hops around hubs whatever the
// depth (40,708 paths for a depth-1 question at 1,000 documents; bench/FINDINGS.md).
// SHORTEST 1 per reachable entity keeps this a breadth-first search, not an enumeration of paths.
// Every node on the path being an :Entity keeps provenance (paragraphs) out. No row for an unknown id.
// The relations between members are looked up pair by pair with both ends bound (Expand(Into),
// which walks the end with fewer relations), not by expanding every relation of every member.
// Nodes and relations are positional lists, not maps: fragments/compact-node.cypher ($evidence,
// $brief) and fragments/compact-edge.cypher.
MATCH (start:Entity {id: $id})
CALL (start) {
  WITH start WHERE $depth = 0
  RETURN start AS m
  UNION
  WITH start WHERE $depth = 1
  MATCH SHORTEST 1 (start)(()--(:Entity)){0,1}(m:Entity)
  RETURN m
  UNION
  WITH start WHERE $depth = 2
  MATCH SHORTEST 1 (start)(()--(:Entity)){0,2}(m:Entity)
  RETURN m
  UNION
  WITH start WHERE $depth = 3
  MATCH SHORTEST 1 (start)(()--(:Entity)){0,3}(m:Entity)
  RETURN m
}
WITH start, collect(m) AS members
RETURN [m IN members | {{> compact-node node=m}}] AS nodes,
       COLLECT {
         UNWIND members AS a
         UNWIND members AS b
         MATCH (a)-[r]->(b)
         RETURN {{> compact-edge rel=r source=a target=b}}
       } AS edges
