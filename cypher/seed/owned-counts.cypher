// How many nodes of each label the seed owns (read from Neo4j's count store, not by a scan): the
// incremental load compares them with the data's, before and after it writes.
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS entities
}
CALL () {
  MATCH (n:Document)
  RETURN count(n) AS documents
}
CALL () {
  MATCH (n:Section)
  RETURN count(n) AS sections
}
CALL () {
  MATCH (n:Paragraph)
  RETURN count(n) AS paragraphs
}
RETURN entities, documents, sections, paragraphs
