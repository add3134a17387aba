// documents(): every source document with its sections and paragraphs
// (fragments/document-record.cypher). The store sorts documents, paragraphs and mentions.
MATCH (d:Document)
{{> document-record}}
