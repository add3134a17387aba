// textSearch(text, document, first): the candidate paragraphs for a text search, found by the
// full-text index paragraph_text (schema.cypher: Lucene, analyzer standard-folding), in one row.
// $query is the Lucene query graph/src/text-search.ts luceneQuery builds: each word of the
// text quoted and escaped, joined with OR, so no user text is ever read as Lucene syntax. Lucene's
// BM25 order only picks the best $candidates paragraphs: the store orders them by its own score
// (graph/src/text-search.ts rankParagraphs), the one the in-memory store uses, and cuts at `first`.
// The entities the candidates mention come once each, as positional lists
// (fragments/compact-node.cypher: $evidence, $brief).
CALL db.index.fulltext.queryNodes('paragraph_text', $query) YIELD node AS p, score
WITH p, score
WHERE p:Paragraph AND ($document IS NULL OR p.document = $document)
ORDER BY score DESC
LIMIT $candidates
WITH collect(p) AS found
RETURN [p IN found | {props: properties(p), mentions: [(p)-[:MENTIONS]->(e:Entity) | e.id]}] AS paragraphs,
       COLLECT {
         UNWIND found AS p
         MATCH (p)-[:MENTIONS]->(e:Entity)
         WITH DISTINCT e
         RETURN {{> compact-node node=e}}
       } AS nodes
