// trace(id): the responses to an incident (or to a publication or claim that was answered): each
// RESPONDED_WITH relation with its `order` and evidence, the response, who PERFORMED it, and where
// it led — its REPORTED_TO, CONSULTED and ABOUT relations (the memory store's STEP_LINK_TYPES).
// No row when no entity has the id; no steps when nothing answered it. The store sorts and
// works out where the chain ends. Actors and linked nodes — often hubs cited by every document —
// come as positional lists with $evidence entries, $brief when the query selects no more
// (neo4j-records.ts toCompactNode); the incident and responses whole.
MATCH (i:Entity {id: $id})
RETURN properties(i) AS incident,
       COLLECT {
         MATCH (i)-[s:RESPONDED_WITH]->(r:Entity)
         RETURN {
           order: s.order,
           relation: type(s),
           evidence: properties(s),
           response: properties(r),
           actors: COLLECT { MATCH (a:Entity)-[:PERFORMED]->(r) RETURN [a.id, a.kind, a.name, a.date, size(a.evidenceQuotes), a.evidenceDocuments[..$evidence], a.evidenceParagraphs[..$evidence], a.evidenceQuotes[..$evidence],
                    CASE WHEN $brief THEN null ELSE a {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null} END] },
           links: COLLECT {
             MATCH (r)-[l:REPORTED_TO|CONSULTED|ABOUT]->(x:Entity)
             RETURN {type: type(l), node: [x.id, x.kind, x.name, x.date, size(x.evidenceQuotes), x.evidenceDocuments[..$evidence], x.evidenceParagraphs[..$evidence], x.evidenceQuotes[..$evidence],
                    CASE WHEN $brief THEN null ELSE x {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null} END], evidence: properties(l)}
           }
         }
       } AS steps
