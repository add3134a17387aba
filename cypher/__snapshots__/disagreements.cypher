MATCH (c:Claim)
WHERE ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {id: $about}) })
  AND ($document IS NULL OR $document IN c.evidenceDocuments)
WITH collect(c) AS seeds
WITH seeds + COLLECT {
       UNWIND seeds AS s
       MATCH (s)-[:CONTRADICTS|CORROBORATES]-(o:Claim)
       RETURN o
     } + COLLECT {
       WITH seeds WHERE $about IS NULL AND $document IS NOT NULL
       UNWIND seeds AS s
       MATCH (s)-[:ABOUT]->(:Entity)<-[:ABOUT]-(o:Claim)
       RETURN DISTINCT o
     } AS found
UNWIND found AS c
WITH DISTINCT c
WITH collect(c) AS claims
RETURN [c IN claims | [[c.id, c.kind, c.name, c.date, size(c.evidenceQuotes),
                        c.evidenceDocuments[..$evidence], c.evidenceParagraphs[..$evidence], c.evidenceQuotes[..$evidence],
                        CASE WHEN $brief THEN null
                          ELSE c {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
                        c.positionX, c.positionY], [(a:Entity)-[:ASSERTED]->(c) | a.id], [(c)-[:ABOUT]->(a:Entity) | a.id]]] AS claims,
       COLLECT {
         UNWIND claims AS c
         MATCH (c)-[r:ASSERTED|ABOUT]-(n:Entity)
         WHERE (type(r) = 'ASSERTED' AND endNode(r) = c) OR (type(r) = 'ABOUT' AND startNode(r) = c)
         WITH DISTINCT n
         RETURN [n.id, n.kind, n.name, n.date, size(n.evidenceQuotes),
                 n.evidenceDocuments[..$evidence], n.evidenceParagraphs[..$evidence], n.evidenceQuotes[..$evidence],
                 CASE WHEN $brief THEN null
                   ELSE n {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
                 n.positionX, n.positionY]
       } AS nodes,
       COLLECT {
         UNWIND claims AS a
         MATCH (a)-[l:CONTRADICTS|CORROBORATES]->(b:Claim)
         WHERE b IN claims
         RETURN [l.id, type(l), a.id, b.id, l.evidenceDocuments, l.evidenceParagraphs, l.evidenceQuotes,
                 [k IN keys(l) WHERE NOT k IN ['id', 'evidenceDocuments', 'evidenceParagraphs', 'evidenceQuotes', 'attendanceKey'] | [k, l[k]]]]
       } AS links
