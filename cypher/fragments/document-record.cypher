// {{> document-record}}: the end of documents.cypher and document.cypher, after each has matched
// d (a :Document): the document with its sections (in numbering order, which is document order:
// 2 < 2.3 < 10) and its paragraphs, each with the ids of the entities it MENTIONS, as one row.
// interview: the document's Interview entity, by the id the seed gives it ($interviewPrefix + the
// document's id: server/src/store/records.ts INTERVIEW_ID_PREFIX), a lookup in the entity_id index.
// The store sorts paragraphs and mentions (neo4j-answers.ts documentsAnswer).
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
