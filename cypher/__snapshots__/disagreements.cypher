MATCH (c:Claim)
WHERE ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {id: $about}) })
  AND ($document IS NULL OR $document IN c.evidenceDocuments)
WITH collect(c) AS seeds
WITH seeds + COLLECT {
       UNWIND seeds AS s
       MATCH (s)-[:CONTRADICTS|CORROBORATES]-(o:Claim)
       RETURN o
     } + COLLECT {
       UNWIND seeds AS s
       MATCH (s)-[:ABOUT]->(:Entity)<-[:ABOUT]-(o:Claim)
       WHERE $about IS NULL AND $document IS NOT NULL
       RETURN o
     } AS found
UNWIND found AS c
WITH DISTINCT c
WITH collect(c) AS claims
WITH claims, [c IN claims | {
       claim: c,
       by: [(a:Entity)-[:ASSERTED]->(c) | a],
       about: [(c)-[:ABOUT]->(a:Entity) | a]
     }] AS rows
RETURN [r IN rows | [[r.claim.id, r.claim.kind, r.claim.name, r.claim.date, size(r.claim.evidenceQuotes),
                      r.claim.evidenceDocuments[..$evidence], r.claim.evidenceParagraphs[..$evidence], r.claim.evidenceQuotes[..$evidence],
                      CASE WHEN $brief THEN null ELSE r.claim {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null} END], [a IN r.by | a.id], [a IN r.about | a.id]]] AS claims,
       COLLECT {
         UNWIND rows AS r
         UNWIND r.by + r.about AS n
         WITH DISTINCT n
         RETURN [n.id, n.kind, n.name, n.date, size(n.evidenceQuotes),
                 n.evidenceDocuments[..$evidence], n.evidenceParagraphs[..$evidence], n.evidenceQuotes[..$evidence],
                 CASE WHEN $brief THEN null ELSE n {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null} END]
       } AS nodes,
       COLLECT {
         UNWIND claims AS a
         MATCH (a)-[l:CONTRADICTS|CORROBORATES]->(b:Claim)
         WHERE b IN claims
         RETURN [l.id, type(l), a.id, b.id, l.evidenceDocuments, l.evidenceParagraphs, l.evidenceQuotes,
                 [k IN keys(l) WHERE NOT k IN ['id', 'evidenceDocuments', 'evidenceParagraphs', 'evidenceQuotes', 'attendanceKey'] | [k, l[k]]]]
       } AS links
