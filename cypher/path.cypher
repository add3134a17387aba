// path(from, to, maxHops): a shortest chain of curated relations between two entities, ignoring
// direction, at most $maxHops (1–8) long: its nodes from $from to $to and one relation per hop.
// Length bounds cannot be parameters: the pattern allows 8 hops, the WHERE cuts at $maxHops.
// Of several shortest paths, the one whose node ids, then relation ids, come first — so the same
// question always gets the same answer. No row when either id is unknown or there is no such path.
// $evidence: how many evidence entries of each node to return (the query may select none);
// evidenceCount is the full number.
MATCH p = ALL SHORTEST (a:Entity {id: $from})(()--(:Entity)){0,8}(b:Entity {id: $to})
WHERE length(p) <= $maxHops
WITH p
ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
LIMIT 1
RETURN [n IN nodes(p) | n {.*, evidenceDocuments: n.evidenceDocuments[..$evidence], evidenceParagraphs: n.evidenceParagraphs[..$evidence],
          evidenceQuotes: n.evidenceQuotes[..$evidence], evidenceCount: size(n.evidenceQuotes)}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS edges
