UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)-[:HAS_PARAGRAPH]->(p:Paragraph)
  DETACH DELETE p
}
CALL (d) {
  MATCH (d)-[:HAS_SECTION]->(s:Section)
  DETACH DELETE s
}
DETACH DELETE d
