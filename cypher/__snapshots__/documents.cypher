MATCH (d:Document)
RETURN {
  props: properties(d),
  sections: COLLECT {
    MATCH (d)-[:HAS_SECTION]->(s:Section)
    RETURN s {.number, .title} ORDER BY [part IN split(s.number, '.') | toInteger(part)]
  },
  paragraphs: COLLECT {
    MATCH (d)-[:HAS_PARAGRAPH]->(p:Paragraph)
    RETURN {props: properties(p), mentions: COLLECT { MATCH (p)-[:MENTIONS]->(e:Entity) RETURN DISTINCT e.id }}
  },
  interviews: COLLECT { MATCH (i:Entity {id: $interviewPrefix + d.id}) WHERE i:Interview RETURN properties(i) }
} AS document
