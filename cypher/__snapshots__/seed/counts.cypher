CALL () {
  MATCH (n) WHERE n:Entity OR n:Document OR n:Section OR n:Paragraph
  RETURN count(n) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE (a:Entity OR a:Document OR a:Section OR a:Paragraph) AND (b:Entity OR b:Document OR b:Section OR b:Paragraph)
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
