// paths(from, to, first, maxHops, without, avoid): up to $first different shortest chains of
// curated relations between two entities, ignoring direction, at most $maxHops (1–8) long, using
// no relation whose type is in $without and passing through no node whose id is in $avoid (the
// ends are never avoided: the resolver refuses that). All have the length of the shortest; they
// differ in the nodes they pass through, and of several relations joining two nodes a hop takes
// the first by id. Paths by their node ids, so the same question always gets the same answer.
// No row when either id is unknown or there is no such path. Length bounds cannot be parameters:
// the pattern allows 8 hops, the WHERE cuts at $maxHops. Positional lists as path.cypher.
MATCH p = ALL SHORTEST (a:Entity {id: $from})((:Entity)-[r WHERE NOT type(r) IN $without]-(y:Entity WHERE NOT y.id IN $avoid)){0,8}(b:Entity {id: $to})
WHERE length(p) <= $maxHops
WITH p, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.id] AS rels
ORDER BY ids, rels
// One path per sequence of nodes: the first by relation ids, which is the first relation of each hop.
WITH ids, head(collect(p)) AS p
ORDER BY ids
LIMIT $first
RETURN [n IN nodes(p) | {{> compact-node node=n}}] AS nodes,
       [r IN relationships(p) | {{> compact-edge rel=r source=startNode(r) target=endNode(r)}}] AS edges
