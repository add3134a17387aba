// recommendations(by): every recommendation with the text of the paragraph of its first evidence,
// who RECOMMENDED it (with those relations, whose evidence joins the recommendation's own), whom
// it is ADDRESSED_TO and what it is ABOUT; $by (or null) keeps one recommender's, $document (or
// null) those whose own evidence cites that document. The store sorts.
// Those nodes come as positional lists: fragments/compact-node.cypher ($evidence, $brief).
MATCH (rec:Recommendation)
WHERE ($by IS NULL OR EXISTS { (:Entity {id: $by})-[:RECOMMENDED]->(rec) })
  AND ($document IS NULL OR $document IN rec.evidenceDocuments)
OPTIONAL MATCH (p:Paragraph {id: rec.evidenceDocuments[0] + '#' + toString(toInteger(rec.evidenceParagraphs[0]))})
RETURN properties(rec) AS recommendation,
       p.text AS text,
       COLLECT {
         MATCH (a:Entity)-[r:RECOMMENDED]->(rec)
         RETURN {node: {{> compact-node node=a}}, evidence: properties(r)}
       } AS by,
       COLLECT { MATCH (rec)-[:ADDRESSED_TO]->(a:Entity) RETURN {{> compact-node node=a}} } AS addressedTo,
       COLLECT { MATCH (rec)-[:ABOUT]->(a:Entity) RETURN {{> compact-node node=a}} } AS about
