MATCH (p:Paragraph {id: $id})
RETURN {
  props: properties(p),
  mentions: COLLECT { MATCH (p)-[:MENTIONS]->(e:Entity) RETURN DISTINCT e.id }
} AS paragraph
