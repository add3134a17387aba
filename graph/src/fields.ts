// The fields the graph itself defines, written once. The seed refuses a curated property that
// takes one of these names, and the Neo4j store reads every property not listed here as curated;
// with one list the two cannot drift apart (they did: attendanceKey and evidenceCount).

/** What a node carries in Neo4j besides its curated properties (evidenceCount is computed by the read queries). */
export const NODE_FIELDS = [
  'id',
  'kind',
  'name',
  'aliases',
  'description',
  'date',
  'elections',
  'searchText',
  'evidenceDocuments',
  'evidenceParagraphs',
  'evidenceQuotes',
  'evidenceCount',
  // true on a draft (seeded with --drafts), absent otherwise
  'draft',
  // true on a negative fact (GraphNode.negative), absent otherwise
  'negative',
  // the ids resolutions.yaml merged into this node (GraphNode.mergedIds), absent when none
  'mergedIds',
  // where the seed's overview layout put the node (GraphNode.position; graph/src/overview-layout.ts), absent when it has none
  'positionX',
  'positionY',
] as const;

/** What a relationship carries in Neo4j besides its curated properties (attendanceKey: graph/src/attendance.ts). */
export const EDGE_FIELDS = ['id', 'evidenceDocuments', 'evidenceParagraphs', 'evidenceQuotes', 'attendanceKey'] as const;

/**
 * true on a draft relation (seeded with --drafts). Not in EDGE_FIELDS: the compact relation form
 * (cypher/fragments/compact-edge.cypher) sends every property outside EDGE_FIELDS as a pair, which
 * is how this one reaches the store; the records mapping lifts it out of the curated properties.
 */
export const EDGE_DRAFT_FIELD = 'draft';

/** true on a negative relation ("did not attend"; GraphEdge.negative), absent otherwise; reaches the store as EDGE_DRAFT_FIELD does. */
export const EDGE_NEGATIVE_FIELD = 'negative';

/** Names a curated property may not take: every field above, and the canonical graph's own keys. */
export const RESERVED_PROPERTIES: readonly string[] = [
  ...new Set<string>([
    'id',
    'kind',
    'type',
    'name',
    'aliases',
    'description',
    'date',
    'elections',
    'searchText',
    'evidence',
    ...NODE_FIELDS,
    ...EDGE_FIELDS,
    EDGE_DRAFT_FIELD,
    EDGE_NEGATIVE_FIELD,
  ]),
];
