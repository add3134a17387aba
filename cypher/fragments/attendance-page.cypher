// {{> attendance-page}}: the end of attendance.cypher, attendance-event.cypher and
// attendance-person.cypher, after each has matched p (a person), r (their ATTENDED relation) and
// event in its own way: the first $first relations in `attendanceKey` order, as one row.
// One row back: the page's rows by id (the election is the key's first part), whether each is a
// recorded absence (`negative`), the ids of the organizations its person REPRESENTED or HELD_ROLE
// in, and each person, event and organization of the page once — a briefing attended by many is
// not repeated on every row. Rows and nodes are positional lists, not maps (the nodes: compact-node.cypher).
WITH p, r, event ORDER BY r.attendanceKey LIMIT $first
WITH p, r, event ORDER BY r.attendanceKey
WITH collect([p.id, event.id, r.attendanceKey, r.evidenceDocuments, r.evidenceParagraphs, r.evidenceQuotes, coalesce(r.negative, false),
              [(p)-[:REPRESENTED|HELD_ROLE]->(o:Organization) | o.id]]) AS rows,
     collect(DISTINCT p) AS people, collect(DISTINCT event) AS events
WITH rows, people + events + COLLECT {
       UNWIND people AS p
       MATCH (p)-[:REPRESENTED|HELD_ROLE]->(o:Organization)
       WITH DISTINCT o
       WHERE NOT o IN events
       RETURN o
     } AS nodes
RETURN rows,
       [n IN nodes | {{> compact-node node=n}}] AS nodes
