// {{> compact-node node=n}}: the node n as the positional list neo4j-records.ts toCompactNode reads,
//   [id, kind, name, date, evidenceCount, evidenceDocuments, evidenceParagraphs, evidenceQuotes, rest, positionX, positionY]
// A list, not a map: the driver decodes every key of every map as a string, which made up half
// the cost of a large answer. The evidence lists are cut to their first $evidence entries (the
// GraphQL query may select none) and evidenceCount is the full number; rest is the node's other
// properties without the evidence lists, searchText and the position, or null when $brief (the query
// selects no more than the fields before it and the position). The position (the seed's overview
// layout) comes last, outside rest, so that a brief node drawn at once still has it. A query that
// includes this takes $evidence and $brief (server/src/store/neo4j-store.ts nestedNodeParams).
[{{node}}.id, {{node}}.kind, {{node}}.name, {{node}}.date, size({{node}}.evidenceQuotes),
 {{node}}.evidenceDocuments[..$evidence], {{node}}.evidenceParagraphs[..$evidence], {{node}}.evidenceQuotes[..$evidence],
 CASE WHEN $brief THEN null
   ELSE {{node}} {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
 {{node}}.positionX, {{node}}.positionY]
