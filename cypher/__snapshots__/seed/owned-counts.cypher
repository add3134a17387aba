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
