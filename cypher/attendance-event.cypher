// attendance(event, person?, election?, first, after): attendance.cypher for one event, read from
// the event's ATTENDED relations; $person ('' for any) keeps one person's.
// One row back: the page's rows by id (the election is the key's first part), and each person and
// event of the page once — a briefing attended by many is not repeated on every row. Rows and
// nodes are positional lists, not maps: the driver decodes every map key of every row as a
// string, which made up half the cost of a large page (neo4j-records.ts toCompactNode).
// $evidence: how many evidence entries of the person and event nodes to return (the query may
// select none); evidenceCount is the full number. $brief: leave out the nodes' other properties.
MATCH (event:Entity {id: $event})<-[r:ATTENDED]-(p)
WHERE r.attendanceKey > $from AND r.attendanceKey < $to AND ($person = '' OR p.id = $person)
WITH p, r, event ORDER BY r.attendanceKey LIMIT $first
WITH p, r, event ORDER BY r.attendanceKey
WITH collect([p.id, event.id, r.attendanceKey, r.evidenceDocuments, r.evidenceParagraphs, r.evidenceQuotes]) AS rows,
     collect(DISTINCT p) + collect(DISTINCT event) AS nodes
RETURN rows,
       [n IN nodes | [n.id, n.kind, n.name, n.date, size(n.evidenceQuotes),
                      n.evidenceDocuments[..$evidence], n.evidenceParagraphs[..$evidence], n.evidenceQuotes[..$evidence],
                      CASE WHEN $brief THEN null ELSE n {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null} END]] AS nodes
