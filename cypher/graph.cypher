// graph(kinds, election, limit): the entities of those $kinds (any when null) whose `elections`
// include $election (any when null), the first $limit by id, every curated relation between two
// of them, and whether the limit cut some off.
// Nodes and relations are positional lists, not maps (server/src/store/neo4j-records.ts
// toCompactNode, toCompactEdge): the driver decodes every map key as a string.
// $evidence: how many evidence entries of each node to return (the query may select none);
// evidenceCount is the full number. $brief: leave out the nodes' other properties.
MATCH (n:Entity)
WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ($election IS NULL OR $election IN n.elections)
WITH n ORDER BY n.id
WITH collect(n) AS matching
WITH matching[..$limit] AS members, size(matching) > $limit AS truncated
// A node is a member when it passes the filter and its id is at most the last member's: the same
// test as `b IN members`, but constant-time, where `IN` over a list of up to 5000 nodes is not.
WITH members, truncated, members[-1].id AS lastId
RETURN [m IN members | [m.id, m.kind, m.name, m.date, size(m.evidenceQuotes),
         m.evidenceDocuments[..$evidence], m.evidenceParagraphs[..$evidence], m.evidenceQuotes[..$evidence],
         CASE WHEN $brief THEN null ELSE m {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null} END]] AS nodes,
       COLLECT {
         UNWIND members AS a
         MATCH (a)-[r]->(b:Entity)
         WHERE b.id <= lastId
           AND ($kinds IS NULL OR b.kind IN $kinds)
           AND ($election IS NULL OR $election IN b.elections)
         RETURN [r.id, type(r), a.id, b.id, r.evidenceDocuments, r.evidenceParagraphs, r.evidenceQuotes,
                 [k IN keys(r) WHERE NOT k IN ['id', 'evidenceDocuments', 'evidenceParagraphs', 'evidenceQuotes', 'attendanceKey'] | [k, r[k]]]]
       } AS edges,
       truncated
