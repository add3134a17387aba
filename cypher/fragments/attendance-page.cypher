// {{> attendance-page}}: the end of attendance.cypher, attendance-event.cypher and
// attendance-person.cypher, after each has matched p (a person), r (their ATTENDED relation) and
// event in its own way: the first $first relations in `attendanceKey` order, as one row.
// One row back: the page's rows by id (the election is the key's first part), whether each is a
// recorded absence (`negative`), the ids of the organizations its person REPRESENTED or HELD_ROLE
// in, and each person, event and organization of the page once — a briefing attended by many is
// not repeated on every row. Rows and nodes are positional lists, not maps (the nodes: compact-node.cypher).
// Each row's organizations are looked up once and serve both its ids and the page's nodes (a
// person's relations are one chain, walked whole to find these two types: two lookups per row
// were a third of the page's db hits).
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
       [n IN nodes | {{> compact-node node=n}}] AS nodes
