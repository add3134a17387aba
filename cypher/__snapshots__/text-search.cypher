CALL db.index.fulltext.queryNodes('paragraph_text', $query) YIELD node AS p, score
WITH p, score
WHERE p:Paragraph AND ($document IS NULL OR p.document = $document)
ORDER BY score DESC
LIMIT $candidates
WITH collect(p) AS found
RETURN [p IN found | {props: properties(p), mentions: [(p)-[:MENTIONS]->(e:Entity) | e.id]}] AS paragraphs,
       COLLECT {
         UNWIND found AS p
         MATCH (p)-[:MENTIONS]->(e:Entity)
         WITH DISTINCT e
         RETURN [e.id, e.kind, e.name, e.date, size(e.evidenceQuotes),
                 e.evidenceDocuments[..$evidence], e.evidenceParagraphs[..$evidence], e.evidenceQuotes[..$evidence],
                 CASE WHEN $brief THEN null
                   ELSE e {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
                 e.positionX, e.positionY]
       } AS nodes
