// path(from, to, maxHops): a shortest chain of curated relations between two entities, ignoring
// direction, at most $maxHops (1–8) long: its nodes from $from to $to and one relation per hop.
// Length bounds cannot be parameters: the pattern allows 8 hops, the WHERE cuts at $maxHops.
// Of several shortest paths, the one whose node ids, then relation ids, come first — so the same
// question always gets the same answer. No row when either id is unknown or there is no such path.
// Nodes and relations are positional lists, not maps (server/src/store/neo4j-records.ts
// toCompactNode, toCompactEdge): the driver decodes every map key as a string.
// $evidence: how many evidence entries of each node to return (the query may select none);
// evidenceCount is the full number. $brief: leave out the nodes' other properties.
MATCH p = ALL SHORTEST (a:Entity {id: $from})(()--(:Entity)){0,8}(b:Entity {id: $to})
WHERE length(p) <= $maxHops
WITH p
ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
LIMIT 1
RETURN [n IN nodes(p) | [n.id, n.kind, n.name, n.date, size(n.evidenceQuotes),
         n.evidenceDocuments[..$evidence], n.evidenceParagraphs[..$evidence], n.evidenceQuotes[..$evidence],
         CASE WHEN $brief THEN null ELSE n {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null} END]] AS nodes,
       [r IN relationships(p) | [r.id, type(r), startNode(r).id, endNode(r).id, r.evidenceDocuments, r.evidenceParagraphs, r.evidenceQuotes,
                 [k IN keys(r) WHERE NOT k IN ['id', 'evidenceDocuments', 'evidenceParagraphs', 'evidenceQuotes', 'attendanceKey'] | [k, r[k]]]]] AS edges
