CALL () {
  MATCH (n:Entity) WHERE NOT n.id IN $entityIds DETACH DELETE n
}
CALL () {
  MATCH (d:Document) WHERE NOT d.id IN $documentIds DETACH DELETE d
}
CALL () {
  MATCH (s:Section) WHERE NOT s.id IN $sectionIds DETACH DELETE s
}
CALL () {
  MATCH (p:Paragraph) WHERE NOT p.id IN $paragraphIds DETACH DELETE p
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE NOT type(r) + ' ' + a.id + ' ' + coalesce(r.id, '') + ' ' + b.id IN $edgeKeys
  DELETE r
}
CALL () {
  MATCH (n:Entity)-[r:EVIDENCED_BY]->(p:Paragraph)
  WHERE NOT n.id + ' ' + p.id + ' ' + r.quote IN $evidenceKeys
  DELETE r
}
CALL () {
  MATCH (p:Paragraph)-[r:MENTIONS]->(n:Entity)
  WHERE NOT p.id + ' ' + n.id IN $mentionKeys
  DELETE r
}
CALL () {
  MATCH (p:Paragraph)-[r:IN_SECTION]->(s:Section)
  WHERE s.id <> p.sectionId
  DELETE r
}
