// path(from, to, maxHops): a shortest chain of curated relations between two entities, ignoring
// direction, at most $maxHops (1–8) long: its nodes from $from to $to and one relation per hop.
// Length bounds cannot be parameters: the pattern allows 8 hops, the WHERE cuts at $maxHops.
// Of several shortest paths, the one whose node ids, then relation ids, come first — so the same
// question always gets the same answer. No row when either id is unknown or there is no such path.
// Nodes and relations are positional lists, not maps: fragments/compact-node.cypher ($evidence,
// $brief) and fragments/compact-edge.cypher.
MATCH p = ALL SHORTEST (a:Entity {id: $from})(()--(:Entity)){0,8}(b:Entity {id: $to})
WHERE length(p) <= $maxHops
WITH p
ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
LIMIT 1
RETURN [n IN nodes(p) | {{> compact-node node=n}}] AS nodes,
       [r IN relationships(p) | {{> compact-edge rel=r source=startNode(r) target=endNode(r)}}] AS edges
