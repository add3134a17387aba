MATCH (event:Entity {id: $event})<-[r:ATTENDED]-(p)
WHERE r.attendanceKey > $from AND r.attendanceKey < $to AND ($person = '' OR p.id = $person)
  AND ($document IS NULL OR $document IN r.evidenceDocuments)
WITH p, r, event ORDER BY r.attendanceKey LIMIT $first
WITH p, r, event, [(p)-[:REPRESENTED|HELD_ROLE]->(o:Organization) | o] AS organizations
ORDER BY r.attendanceKey
WITH collect([p.id, event.id, r.attendanceKey, r.evidenceDocuments, r.evidenceParagraphs, r.evidenceQuotes, coalesce(r.negative, false),
              [o IN organizations | o.id]]) AS rows,
     collect(DISTINCT p) AS people, collect(DISTINCT event) AS events, collect(organizations) AS organizationLists
WITH rows, people + events + COLLECT {
       UNWIND organizationLists AS organizations
       UNWIND organizations AS o
       WITH DISTINCT o
       WHERE NOT o IN events
       RETURN o
     } AS nodes
RETURN rows,
       [n IN nodes | [n.id, n.kind, n.name, n.date, size(n.evidenceQuotes),
                      n.evidenceDocuments[..$evidence], n.evidenceParagraphs[..$evidence], n.evidenceQuotes[..$evidence],
                      CASE WHEN $brief THEN null
                        ELSE n {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
                      n.positionX, n.positionY]] AS nodes
