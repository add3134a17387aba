// Constraints and indexes, applied before every load (idempotent).
// Every annotated node is an :Entity with a unique id, plus a label for its kind (:Person, :Briefing…).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT paragraph_id IF NOT EXISTS FOR (n:Paragraph) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
// search.cypher filters on `searchText CONTAINS $text`: a text index answers CONTAINS without a label scan.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText);
// attendance.cypher reads a page of ATTENDED relations in `attendanceKey` order (seed/src/attendance.ts)
// straight from this index, so a page costs the same whatever the size of the graph.
CREATE INDEX attended_key IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.attendanceKey);
// text-search.cypher finds paragraphs by their words. standard-folding: Lucene's standard
// tokenizer (Unicode word boundaries, as graph/src/text-search.ts splits words), lower
// case and accents folded, and no stop words, so every word the in-memory store matches is found.
CREATE FULLTEXT INDEX paragraph_text IF NOT EXISTS FOR (p:Paragraph) ON EACH [p.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
