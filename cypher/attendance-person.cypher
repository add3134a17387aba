// attendance(person, election?, first, after): attendance.cypher for one person, read from the
// person's ATTENDED relations.
// One row back: the page's rows by id (the election is the key's first part), and each person and
// event of the page once — a briefing attended by many is not repeated on every row.
// $evidence: how many evidence entries of the person and event nodes to return (the query may
// select none); evidenceCount is the full number.
MATCH (p:Entity {id: $person})-[r:ATTENDED]->(event)
WHERE r.attendanceKey > $from AND r.attendanceKey < $to
WITH p, r, event ORDER BY r.attendanceKey LIMIT $first
WITH p, r, event ORDER BY r.attendanceKey
WITH collect({person: p.id, event: event.id, props: properties(r)}) AS rows, collect(DISTINCT p) + collect(DISTINCT event) AS nodes
RETURN rows,
       [n IN nodes | n {.*, evidenceDocuments: n.evidenceDocuments[..$evidence], evidenceParagraphs: n.evidenceParagraphs[..$evidence],
                        evidenceQuotes: n.evidenceQuotes[..$evidence], evidenceCount: size(n.evidenceQuotes)}] AS nodes
