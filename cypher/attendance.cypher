// attendance(election, event, person, first, after): one row per ATTENDED relation from a person
// to a briefing or meeting, in `attendanceKey` order (seed/src/attendance.ts: election, event date,
// event name, person name), the keys in ($from, $to) only — one election's keys form one range,
// and $from is the key of the last row already seen — at most $first rows.
// Only the relations the seed gave a key are attendance, so the key alone selects them. Without an
// event or a person the page is read from the attended_key index in key order and stops after
// $first rows, whatever the size of the graph; with one, from that node's relations (the hints
// keep the planner from reading the key index for a filter that is absent: bench/attendance-plan.test.ts).
// One row back: the page's rows by id (the election is the key's first part), and each person and
// event of the page once — a briefing attended by many is not repeated on every row.
// $evidence: how many evidence entries of the person and event nodes to return (the query may
// select none); evidenceCount is the full number.
CALL () {
  MATCH (p)-[r:ATTENDED]->(event)
  WHERE $event IS NULL AND $person IS NULL AND r.attendanceKey > $from AND r.attendanceKey < $to
  RETURN p, r, event ORDER BY r.attendanceKey LIMIT $first
  UNION ALL
  MATCH (p)-[r:ATTENDED]->(event:Entity {id: $event})
  USING INDEX event:Entity(id)
  WHERE r.attendanceKey > $from AND r.attendanceKey < $to AND ($person IS NULL OR p.id = $person)
  RETURN p, r, event ORDER BY r.attendanceKey LIMIT $first
  UNION ALL
  MATCH (p:Entity {id: $person})-[r:ATTENDED]->(event)
  USING INDEX p:Entity(id)
  WHERE $event IS NULL AND r.attendanceKey > $from AND r.attendanceKey < $to
  RETURN p, r, event ORDER BY r.attendanceKey LIMIT $first
}
WITH p, r, event ORDER BY r.attendanceKey
WITH collect({person: p.id, event: event.id, props: properties(r)}) AS rows, collect(DISTINCT p) + collect(DISTINCT event) AS nodes
RETURN rows,
       [n IN nodes | n {.*, evidenceDocuments: n.evidenceDocuments[..$evidence], evidenceParagraphs: n.evidenceParagraphs[..$evidence],
                        evidenceQuotes: n.evidenceQuotes[..$evidence], evidenceCount: size(n.evidenceQuotes)}] AS nodes
