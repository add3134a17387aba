MATCH p = ALL SHORTEST (a:Entity {id: $from})((:Entity)-[r WHERE NOT type(r) IN $without]-(y:Entity WHERE NOT y.id IN $avoid)){0,8}(b:Entity {id: $to})
WHERE length(p) <= $maxHops
WITH p, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.id] AS rels
ORDER BY ids, rels
WITH ids, head(collect(p)) AS p
ORDER BY ids
LIMIT $first
RETURN [n IN nodes(p) | [n.id, n.kind, n.name, n.date, size(n.evidenceQuotes),
                         n.evidenceDocuments[..$evidence], n.evidenceParagraphs[..$evidence], n.evidenceQuotes[..$evidence],
                         CASE WHEN $brief THEN null
                           ELSE n {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
                         n.positionX, n.positionY]] AS nodes,
       [r IN relationships(p) | [r.id, type(r), startNode(r).id, endNode(r).id, r.evidenceDocuments, r.evidenceParagraphs, r.evidenceQuotes,
                                 [k IN keys(r) WHERE NOT k IN ['id', 'evidenceDocuments', 'evidenceParagraphs', 'evidenceQuotes', 'attendanceKey'] | [k, r[k]]]]] AS edges
