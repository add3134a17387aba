// {{> compact-edge rel=r source=a target=b}}: the relationship r from a to b as the positional list
// neo4j-records.ts toCompactEdge reads (a list for the reason compact-node gives),
//   [id, type, source id, target id, evidenceDocuments, evidenceParagraphs, evidenceQuotes, curated]
// curated being [key, value] pairs of its properties other than the fields the graph defines
// (EDGE_FIELDS, graph/src/fields.ts, written in by the loader), as neo4j-records.ts reads them.
[{{rel}}.id, type({{rel}}), {{source}}.id, {{target}}.id, {{rel}}.evidenceDocuments, {{rel}}.evidenceParagraphs, {{rel}}.evidenceQuotes,
 [k IN keys({{rel}}) WHERE NOT k IN {{EDGE_FIELDS}} | [k, {{rel}}[k]]]]
