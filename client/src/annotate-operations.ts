// The operations of annotate mode the workbench sends (server/schema/annotate.graphql), by name.
// A module without imports: client/src/api.ts lists them among QUERIES, so that `npm run codegen`
// checks them against annotate mode's schema and generates their types, which annotate-api.ts's
// answer schemas are tied to.
const ANNOTATION = `document version file exists problems { file line message } canUndo
  drafts { id item kind name type source target rule confidence evidence { document paragraph quote } }`;
const CHANGE = `version item annotation { ${ANNOTATION} }`;

/** The operations of annotate mode the workbench sends, by name. */
export const ANNOTATE_OPERATIONS = {
  Annotation: `query Annotation($document: ID!) { annotation(document: $document) { ${ANNOTATION} } }`,
  AddNode: `mutation AddNode($document: ID!, $version: String!, $node: NodeInput!) {
    addNode(document: $document, version: $version, node: $node) { ${CHANGE} } }`,
  AddEdge: `mutation AddEdge($document: ID!, $version: String!, $edge: EdgeInput!) {
    addEdge(document: $document, version: $version, edge: $edge) { ${CHANGE} } }`,
  AddEvidence: `mutation AddEvidence($document: ID!, $target: ID!, $paragraph: Int!, $quote: String!, $version: String!) {
    addEvidence(document: $document, target: $target, paragraph: $paragraph, quote: $quote, version: $version) { ${CHANGE} } }`,
  UpdateNode: `mutation UpdateNode($document: ID!, $version: String!, $id: ID!, $patch: NodePatch!) {
    updateNode(document: $document, version: $version, id: $id, patch: $patch) { ${CHANGE} } }`,
  RemoveItem: `mutation RemoveItem($document: ID!, $version: String!, $item: ID!) {
    removeItem(document: $document, version: $version, item: $item) { ${CHANGE} } }`,
  Review: `mutation Review($document: ID!, $item: ID!, $decision: ReviewDecision!, $version: String!) {
    review(document: $document, item: $item, decision: $decision, version: $version) { ${CHANGE} } }`,
  Undo: `mutation Undo($document: ID!, $version: String!) { undo(document: $document, version: $version) { ${CHANGE} } }`,
} as const;
