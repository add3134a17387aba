// attendance(election, event, person, first, after): one row per ATTENDED relation from a person
// to a briefing or meeting, in `attendanceKey` order (seed/src/attendance.ts: election, event date,
// event name, person name), the keys in ($from, $to) only — one election's keys form one range,
// and $from is the key of the last row already seen — at most $first rows.
// Only the relations the seed gave a key are attendance, so the key alone selects them. Without an
// event or a person the page is read from the attended_key index in key order and stops after
// $first rows, whatever the size of the graph; with one, from that node's relations.
// $evidence: how many evidence entries of the person and event nodes to return (the query may
// select none); evidenceCount is the full number.
CALL () {
  MATCH (p)-[r:ATTENDED]->(event)
  WHERE $event IS NULL AND $person IS NULL AND r.attendanceKey > $from AND r.attendanceKey < $to
  RETURN p, r, event ORDER BY r.attendanceKey LIMIT $first
  UNION ALL
  MATCH (p)-[r:ATTENDED]->(event:Entity {id: $event})
  WHERE r.attendanceKey > $from AND r.attendanceKey < $to AND ($person IS NULL OR p.id = $person)
  RETURN p, r, event ORDER BY r.attendanceKey LIMIT $first
  UNION ALL
  MATCH (p:Entity {id: $person})-[r:ATTENDED]->(event)
  WHERE $event IS NULL AND r.attendanceKey > $from AND r.attendanceKey < $to
  RETURN p, r, event ORDER BY r.attendanceKey LIMIT $first
}
WITH p, r, event ORDER BY r.attendanceKey
RETURN p {.*, evidenceDocuments: p.evidenceDocuments[..$evidence], evidenceParagraphs: p.evidenceParagraphs[..$evidence],
          evidenceQuotes: p.evidenceQuotes[..$evidence], evidenceCount: size(p.evidenceQuotes)} AS person,
       event {.*, evidenceDocuments: event.evidenceDocuments[..$evidence], evidenceParagraphs: event.evidenceParagraphs[..$evidence],
              evidenceQuotes: event.evidenceQuotes[..$evidence], evidenceCount: size(event.evidenceQuotes)} AS event,
       COLLECT {
         MATCH (event)-[:PART_OF]->(e:Election)
         WHERE e.year IS NOT NULL
         RETURN e.year AS year ORDER BY year LIMIT 1
       }[0] AS election,
       r.attendanceKey AS key,
       properties(r) AS evidence
