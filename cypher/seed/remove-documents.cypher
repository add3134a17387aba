// Incremental load: a changed or removed document goes whole, its sections and paragraphs with
// every relationship on them (evidence links, mentions); a changed one is written again after.
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
