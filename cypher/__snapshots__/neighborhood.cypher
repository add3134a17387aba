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
WITH members, [m IN members WHERE COUNT { (m)--() } > 50] AS dense
RETURN [m IN members | [m.id, m.kind, m.name, m.date, size(m.evidenceQuotes),
                        m.evidenceDocuments[..$evidence], m.evidenceParagraphs[..$evidence], m.evidenceQuotes[..$evidence],
                        CASE WHEN $brief THEN null
                          ELSE m {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
                        m.positionX, m.positionY]] AS nodes,
       COLLECT {
         UNWIND members AS a
         WITH a WHERE NOT a IN dense
         MATCH (a)-[r]->(b)
         WHERE b IN members
         RETURN [r.id, type(r), a.id, b.id, r.evidenceDocuments, r.evidenceParagraphs, r.evidenceQuotes,
                 [k IN keys(r) WHERE NOT k IN ['id', 'evidenceDocuments', 'evidenceParagraphs', 'evidenceQuotes', 'attendanceKey'] | [k, r[k]]]] AS edge
         UNION ALL
         UNWIND members AS b
         WITH b WHERE NOT b IN dense
         MATCH (a)-[r]->(b)
         WHERE a IN dense
         RETURN [r.id, type(r), a.id, b.id, r.evidenceDocuments, r.evidenceParagraphs, r.evidenceQuotes,
                 [k IN keys(r) WHERE NOT k IN ['id', 'evidenceDocuments', 'evidenceParagraphs', 'evidenceQuotes', 'attendanceKey'] | [k, r[k]]]] AS edge
         UNION ALL
         UNWIND dense AS a
         UNWIND dense AS b
         CALL (a, b) {
           MATCH (a)-[r:ATTENDED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:HELD_ROLE]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:REPRESENTED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:ORGANIZED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:PART_OF]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:PRECEDED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:LOCATED_IN]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:REPORTED_TO]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:RESPONDED_WITH]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:PERFORMED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:CONSULTED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:NOTICED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:TARGETED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:MET_WITH]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:PUBLISHED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:DISTRIBUTED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:REPLACED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:RECOMMENDED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:ADDRESSED_TO]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:ASSERTED]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:ABOUT]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:INTERVIEWED_IN]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:CONTRADICTS]->(b) RETURN r
           UNION ALL
           MATCH (a)-[r:CORROBORATES]->(b) RETURN r
         }
         RETURN [r.id, type(r), a.id, b.id, r.evidenceDocuments, r.evidenceParagraphs, r.evidenceQuotes,
                 [k IN keys(r) WHERE NOT k IN ['id', 'evidenceDocuments', 'evidenceParagraphs', 'evidenceQuotes', 'attendanceKey'] | [k, r[k]]]] AS edge
       } AS edges
