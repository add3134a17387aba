MATCH (i:Entity {id: $id})
RETURN properties(i) AS incident,
       COLLECT {
         MATCH (i)-[s:RESPONDED_WITH]->(r:Entity)
         RETURN {
           order: s.order,
           relation: type(s),
           evidence: properties(s),
           response: properties(r),
           actors: COLLECT { MATCH (a:Entity)-[:PERFORMED]->(r) RETURN [a.id, a.kind, a.name, a.date, size(a.evidenceQuotes),
                                                                        a.evidenceDocuments[..$evidence], a.evidenceParagraphs[..$evidence], a.evidenceQuotes[..$evidence],
                                                                        CASE WHEN $brief THEN null
                                                                          ELSE a {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
                                                                        a.positionX, a.positionY] },
           links: COLLECT {
             MATCH (r)-[l:REPORTED_TO|CONSULTED|ABOUT]->(x:Entity)
             RETURN {type: type(l), node: [x.id, x.kind, x.name, x.date, size(x.evidenceQuotes),
                                           x.evidenceDocuments[..$evidence], x.evidenceParagraphs[..$evidence], x.evidenceQuotes[..$evidence],
                                           CASE WHEN $brief THEN null
                                             ELSE x {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
                                           x.positionX, x.positionY], evidence: properties(l)}
           }
         }
       } AS steps
