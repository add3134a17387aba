// attendance(person, election?, first, after): attendance.cypher for one person, read from the
// person's ATTENDED relations; $document (or null) keeps one document's.
// The page, as one row of rows and nodes: fragments/attendance-page.cypher ($first, $evidence, $brief).
MATCH (p:Entity {id: $person})-[r:ATTENDED]->(event)
WHERE r.attendanceKey > $from AND r.attendanceKey < $to AND ($document IS NULL OR $document IN r.evidenceDocuments)
{{> attendance-page}}
