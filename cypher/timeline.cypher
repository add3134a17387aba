// timeline(document, election, from, to, first): the dated entities of the event kinds
// ($kinds: server/src/store/timeline.ts TIMELINE_KINDS) of one $election and one $document (each
// or null). Their spans, the from/to window, the order and the cut at `first` are computed by the
// store (graph/src/dates.ts), as the in-memory store does: ISO dates of mixed precision do not
// order as text ("2019" before "2019-01-01" but spanning the whole year).
// Nodes are positional lists (fragments/compact-node.cypher: $evidence, $brief).
MATCH (n:Entity)
WHERE n.kind IN $kinds AND n.date IS NOT NULL
  AND ($election IS NULL OR $election IN n.elections)
  AND ($document IS NULL OR $document IN n.evidenceDocuments)
RETURN {{> compact-node node=n}} AS node
