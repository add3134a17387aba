// paragraph(document, number): one paragraph, by its id ("document#number", seed/src/model.ts
// paragraphId), with the ids of the entities it MENTIONS. No row when there is no such paragraph.
MATCH (p:Paragraph {id: $id})
RETURN {
  props: properties(p),
  mentions: COLLECT { MATCH (p)-[:MENTIONS]->(e:Entity) RETURN DISTINCT e.id }
} AS paragraph
