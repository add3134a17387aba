// attendance(election, first, after): one row per ATTENDED relation from a person to a briefing
// or meeting, in `attendanceKey` order (seed/src/attendance.ts: election, event date, event name,
// person name), the keys in ($from, $to) only — one election's keys form one range, and $from is
// the key of the last row already seen — at most $first rows. Only the relations the seed gave a
// key are attendance, so the key alone selects them, and the page is read from the attended_key
// index in key order, stopping after $first rows whatever the size of the graph
// (bench/attendance-plan.test.ts). $document (or null) keeps the rows whose relation has evidence
// from it, read in the same key order. With an event or a person: attendance-event, attendance-person.
// The page, as one row of rows and nodes: fragments/attendance-page.cypher ($first, $evidence, $brief).
MATCH (p)-[r:ATTENDED]->(event)
WHERE r.attendanceKey > $from AND r.attendanceKey < $to AND ($document IS NULL OR $document IN r.evidenceDocuments)
{{> attendance-page}}
