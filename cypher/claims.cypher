// claims(about, by): every claim with who ASSERTED it and what it is ABOUT; $about and $by (each
// may be null; both must hold when both are given) keep the claims about one entity and by one
// actor; $document (or null) those cited by one document. The store sorts.
MATCH (c:Claim)
WHERE ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {id: $about}) })
  AND ($by IS NULL OR EXISTS { (:Entity {id: $by})-[:ASSERTED]->(c) })
  AND ($document IS NULL OR $document IN c.evidenceDocuments)
RETURN properties(c) AS claim,
       COLLECT { MATCH (a:Entity)-[:ASSERTED]->(c) RETURN properties(a) } AS by,
       COLLECT { MATCH (c)-[:ABOUT]->(a:Entity) RETURN properties(a) } AS about
