// neighborhood(id, depth): the entity, every entity within $depth (0–3) curated hops of it in
// either direction, and every curated relation between two of them (the induced subgraph).
// Variable-length bounds cannot be parameters: the pattern allows 3 hops, the WHERE cuts at $depth.
// SHORTEST 1 per reachable entity keeps this a breadth-first search, not an enumeration of paths.
// Every node on the path being an :Entity keeps provenance (paragraphs) out. No row for an unknown id.
// $evidence: how many evidence entries of each node to return (the query may select none);
// evidenceCount is the full number.
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH p = SHORTEST 1 (start)(()--(:Entity)){0,3}(m:Entity)
  WHERE length(p) <= $depth
  RETURN collect(m) AS members
}
RETURN [m IN members | m {.*, evidenceDocuments: m.evidenceDocuments[..$evidence], evidenceParagraphs: m.evidenceParagraphs[..$evidence],
          evidenceQuotes: m.evidenceQuotes[..$evidence], evidenceCount: size(m.evidenceQuotes)}] AS nodes,
       COLLECT {
         UNWIND members AS a
         MATCH (a)-[r]->(b:Entity)
         WHERE b IN members
         RETURN {type: type(r), source: a.id, target: b.id, props: properties(r)}
       } AS edges
