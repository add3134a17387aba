// graph(kinds, election, limit): the entities of those $kinds (any when null) whose `elections`
// include $election (any when null), the first $limit by id, every curated relation between two
// of them, and whether the limit cut some off. $document (or null): one document's contribution,
// the entities and relations whose evidence cites it.
// Nodes and relations are positional lists, not maps: fragments/compact-node.cypher ($evidence,
// $brief) and fragments/compact-edge.cypher.
MATCH (n:Entity)
WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ($election IS NULL OR $election IN n.elections)
  AND ($document IS NULL OR $document IN n.evidenceDocuments)
WITH n ORDER BY n.id
WITH collect(n) AS matching
WITH matching[..$limit] AS members, size(matching) > $limit AS truncated
// A node is a member when it passes the filter and its id is at most the last member's: the same
// test as `b IN members`, but constant-time, where `IN` over a list of up to 5000 nodes is not.
WITH members, truncated, members[-1].id AS lastId
RETURN [m IN members | {{> compact-node node=m}}] AS nodes,
       COLLECT {
         UNWIND members AS a
         MATCH (a)-[r]->(b:Entity)
         WHERE b.id <= lastId
           AND ($kinds IS NULL OR b.kind IN $kinds)
           AND ($election IS NULL OR $election IN b.elections)
           AND ($document IS NULL OR ($document IN b.evidenceDocuments AND $document IN r.evidenceDocuments))
         RETURN {{> compact-edge rel=r source=a target=b}}
       } AS edges,
       truncated
