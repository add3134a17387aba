MATCH (rec:Recommendation)
WHERE ($by IS NULL OR EXISTS { (:Entity {id: $by})-[:RECOMMENDED]->(rec) })
  AND ($document IS NULL OR $document IN rec.evidenceDocuments)
OPTIONAL MATCH (p:Paragraph {id: rec.evidenceDocuments[0] + '#' + toString(toInteger(rec.evidenceParagraphs[0]))})
RETURN properties(rec) AS recommendation,
       p.text AS text,
       COLLECT {
         MATCH (a:Entity)-[r:RECOMMENDED]->(rec)
         RETURN {node: [a.id, a.kind, a.name, a.date, size(a.evidenceQuotes),
                        a.evidenceDocuments[..$evidence], a.evidenceParagraphs[..$evidence], a.evidenceQuotes[..$evidence],
                        CASE WHEN $brief THEN null
                          ELSE a {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
                        a.positionX, a.positionY], evidence: properties(r)}
       } AS by,
       COLLECT { MATCH (rec)-[:ADDRESSED_TO]->(a:Entity) RETURN [a.id, a.kind, a.name, a.date, size(a.evidenceQuotes),
                                                                 a.evidenceDocuments[..$evidence], a.evidenceParagraphs[..$evidence], a.evidenceQuotes[..$evidence],
                                                                 CASE WHEN $brief THEN null
                                                                   ELSE a {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
                                                                 a.positionX, a.positionY] } AS addressedTo,
       COLLECT { MATCH (rec)-[:ABOUT]->(a:Entity) RETURN [a.id, a.kind, a.name, a.date, size(a.evidenceQuotes),
                                                          a.evidenceDocuments[..$evidence], a.evidenceParagraphs[..$evidence], a.evidenceQuotes[..$evidence],
                                                          CASE WHEN $brief THEN null
                                                            ELSE a {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
                                                          a.positionX, a.positionY] } AS about
