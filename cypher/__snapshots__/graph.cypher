MATCH (n:Entity)
WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ($election IS NULL OR $election IN n.elections)
  AND ($document IS NULL OR $document IN n.evidenceDocuments)
WITH n ORDER BY n.id
WITH collect(n) AS matching
WITH matching[..$limit] AS members, size(matching) > $limit AS truncated
WITH members, truncated, members[-1].id AS lastId
RETURN [m IN members | [m.id, m.kind, m.name, m.date, size(m.evidenceQuotes),
                        m.evidenceDocuments[..$evidence], m.evidenceParagraphs[..$evidence], m.evidenceQuotes[..$evidence],
                        CASE WHEN $brief THEN null
                          ELSE m {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
                        m.positionX, m.positionY]] AS nodes,
       COLLECT {
         UNWIND members AS a
         MATCH (a)-[r]->(b:Entity)
         WHERE b.id <= lastId
           AND ($kinds IS NULL OR b.kind IN $kinds)
           AND ($election IS NULL OR $election IN b.elections)
           AND ($document IS NULL OR ($document IN b.evidenceDocuments AND $document IN r.evidenceDocuments))
         RETURN [r.id, type(r), a.id, b.id, r.evidenceDocuments, r.evidenceParagraphs, r.evidenceQuotes,
                 [k IN keys(r) WHERE NOT k IN ['id', 'evidenceDocuments', 'evidenceParagraphs', 'evidenceQuotes', 'attendanceKey'] | [k, r[k]]]]
       } AS edges,
       truncated
