MATCH (start:Entity {id: $id})
CALL (start) {
  WITH start WHERE $depth = 0
  RETURN start AS m
  UNION
  WITH start WHERE $depth = 1
  MATCH SHORTEST 1 (start)(()--(:Entity)){0,1}(m:Entity)
  RETURN m
  UNION
  WITH start WHERE $depth = 2
  MATCH SHORTEST 1 (start)(()--(:Entity)){0,2}(m:Entity)
  RETURN m
  UNION
  WITH start WHERE $depth = 3
  MATCH SHORTEST 1 (start)(()--(:Entity)){0,3}(m:Entity)
  RETURN m
}
WITH start, collect(m) AS members
RETURN [m IN members | [m.id, m.kind, m.name, m.date, size(m.evidenceQuotes),
                        m.evidenceDocuments[..$evidence], m.evidenceParagraphs[..$evidence], m.evidenceQuotes[..$evidence],
                        CASE WHEN $brief THEN null
                          ELSE m {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
                        m.positionX, m.positionY]] AS nodes,
       COLLECT {
         UNWIND members AS a
         UNWIND members AS b
         MATCH (a)-[r]->(b)
         RETURN [r.id, type(r), a.id, b.id, r.evidenceDocuments, r.evidenceParagraphs, r.evidenceQuotes,
                 [k IN keys(r) WHERE NOT k IN ['id', 'evidenceDocuments', 'evidenceParagraphs', 'evidenceQuotes', 'attendanceKey'] | [k, r[k]]]]
       } AS edges
