MATCH (c:Claim)
WHERE ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {id: $about}) })
  AND ($by IS NULL OR EXISTS { (:Entity {id: $by})-[:ASSERTED]->(c) })
  AND ($document IS NULL OR $document IN c.evidenceDocuments)
RETURN properties(c) AS claim,
       COLLECT { MATCH (a:Entity)-[:ASSERTED]->(c) RETURN properties(a) } AS by,
       COLLECT { MATCH (c)-[:ABOUT]->(a:Entity) RETURN properties(a) } AS about
