// {{> document-record}}: the end of documents.cypher and document.cypher, after each has matched
// d (a :Document): the document with its sections (in numbering order, which is document order:
// 2 < 2.3 < 10) and its paragraphs, each with the ids of the entities it MENTIONS, as one row.
// interview: the Interview entities whose evidence cites the document (the store takes the first by
// id, as server/src/store/records.ts interviewOf does).
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
  interviews: COLLECT { MATCH (i:Interview) WHERE d.id IN i.evidenceDocuments RETURN properties(i) }
} AS document
