// document(id): one source document with its sections and paragraphs
// (fragments/document-record.cypher); no row when there is no such document.
MATCH (d:Document {id: $id})
{{> document-record}}
