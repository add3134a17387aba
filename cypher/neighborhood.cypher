// neighborhood(id, depth): the entity, every entity within $depth (0–3) curated hops of it in
// either direction, and every curated relation between two of them (the induced subgraph).
// Variable-length bounds cannot be parameters, so there is one branch per depth and $depth picks
// it: one pattern of {0,3} cut by a WHERE afterwards searched three hops around hubs whatever the
// depth (40,708 paths for a depth-1 question at 1,000 documents; bench/FINDINGS.md).
// SHORTEST 1 per reachable entity keeps this a breadth-first search, not an enumeration of paths.
// Every node on the path being an :Entity keeps provenance (paragraphs) out. No row for an unknown id.
// Nodes and relations are positional lists, not maps: fragments/compact-node.cypher ($evidence,
// $brief) and fragments/compact-edge.cypher.
//
// The relations between members, each found exactly once, without walking a hub's relations:
// hubs (entities every document cites) have thousands, and looking each pair of members up with
// both ends bound (Expand(Into)) walked the smaller end of every pair of hubs — 17,834 of the
// query's 18,487 db hits at 1,000 documents, and members² lookups at depth 2 (minutes around a
// hub). So members are split by their degree (COUNT { (m)--() }: a degree read on a dense node):
// - a sparse member (50 relations or fewer, Neo4j's dense_node_threshold: its relations are one
//   chain, walked whole at the cost of its degree) gives every relation it starts to a member, and
//   every relation it ends that starts at a dense member;
// - between two dense members, one Expand(Into) per relation type: Neo4j keeps a dense node's
//   relations grouped by type and direction with their degrees, so each lookup walks the smaller
//   of two typed groups (none, when one side has no relation of that type), whatever the hub's
//   size. Curated relations are the only ones between entities (seed/edges.cypher: RELATION_TYPES);
//   the branches name every one of them (neighborhood-relation-types.test.ts checks the list).
// A relation from a to b falls in exactly one case: a sparse; a dense and b sparse; both dense.
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
WITH members, [m IN members WHERE COUNT { (m)--() } > 50] AS dense
RETURN [m IN members | {{> compact-node node=m}}] AS nodes,
       COLLECT {
         UNWIND members AS a
         WITH a WHERE NOT a IN dense
         MATCH (a)-[r]->(b)
         WHERE b IN members
         RETURN {{> compact-edge rel=r source=a target=b}} AS edge
         UNION ALL
         UNWIND members AS b
         WITH b WHERE NOT b IN dense
         MATCH (a)-[r]->(b)
         WHERE a IN dense
         RETURN {{> compact-edge rel=r source=a target=b}} AS edge
         UNION ALL
         UNWIND dense AS a
         UNWIND dense AS b
         CALL (a, b) {
           MATCH (a)-[r:ATTENDED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:HELD_ROLE]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:REPRESENTED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:ORGANIZED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:PART_OF]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:PRECEDED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:LOCATED_IN]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:REPORTED_TO]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:RESPONDED_WITH]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:PERFORMED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:CONSULTED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:NOTICED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:TARGETED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:MET_WITH]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:PUBLISHED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:DISTRIBUTED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:REPLACED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:RECOMMENDED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:ADDRESSED_TO]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:ASSERTED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:ABOUT]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:INTERVIEWED_IN]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:CONTRADICTS]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:CORROBORATES]->(b) RETURN r
         }
         RETURN {{> compact-edge rel=r source=a target=b}} AS edge
       } AS edges
