MATCH (p)-[r:ATTENDED]->(event)
WHERE r.attendanceKey > $from AND r.attendanceKey < $to
WITH p, r, event ORDER BY r.attendanceKey LIMIT $first
WITH p, r, event ORDER BY r.attendanceKey
WITH collect([p.id, event.id, r.attendanceKey, r.evidenceDocuments, r.evidenceParagraphs, r.evidenceQuotes]) AS rows,
     collect(DISTINCT p) + collect(DISTINCT event) AS nodes
RETURN rows,
       [n IN nodes | [n.id, n.kind, n.name, n.date, size(n.evidenceQuotes),
                      n.evidenceDocuments[..$evidence], n.evidenceParagraphs[..$evidence], n.evidenceQuotes[..$evidence],
                      CASE WHEN $brief THEN null ELSE n {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null} END]] AS nodes
