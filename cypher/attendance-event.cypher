// attendance(event, person?, election?, first, after): attendance.cypher for one event, read from
// the event's ATTENDED relations; $person ('' for any) keeps one person's, $document (or null) one document's.
// The page, as one row of rows and nodes: fragments/attendance-page.cypher ($first, $evidence, $brief).
MATCH (event:Entity {id: $event})<-[r:ATTENDED]-(p)
WHERE r.attendanceKey > $from AND r.attendanceKey < $to AND ($person = '' OR p.id = $person)
  AND ($document IS NULL OR $document IN r.evidenceDocuments)
{{> attendance-page}}
