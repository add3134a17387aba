// disagreements(about, document, first): the claims server/src/store/disagreements.ts needs to find
// the pairs, with who ASSERTED them, what they are ABOUT, and the CONTRADICTS / CORROBORATES
// relations among them; the pairing, filtering, order and cut are made there, as for the in-memory store.
// The claims read: those about $about (or null), cited by $document (or null); then the claims
// annotated against them; and, with a document but no subject, the claims sharing a subject with
// them (the other side of a candidate need not be from that document). Without filters: every claim.
// One row: claims as [claim, asserter ids, subject ids], each asserter and subject once, and the
// relations. Nodes are positional lists (fragments/compact-node.cypher: $evidence, $brief).
MATCH (c:Claim)
WHERE ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {id: $about}) })
  AND ($document IS NULL OR $document IN c.evidenceDocuments)
WITH collect(c) AS seeds
WITH seeds + COLLECT {
       UNWIND seeds AS s
       MATCH (s)-[:CONTRADICTS|CORROBORATES]-(o:Claim)
       RETURN o
     } + COLLECT {
       // Checked before the expansion, so that without a document no claim is paired with every other here.
       WITH seeds WHERE $about IS NULL AND $document IS NOT NULL
       UNWIND seeds AS s
       MATCH (s)-[:ABOUT]->(:Entity)<-[:ABOUT]-(o:Claim)
       RETURN DISTINCT o
     } AS found
UNWIND found AS c
WITH DISTINCT c
WITH collect(c) AS claims
RETURN [c IN claims | [{{> compact-node node=c}}, [(a:Entity)-[:ASSERTED]->(c) | a.id], [(c)-[:ABOUT]->(a:Entity) | a.id]]] AS claims,
       COLLECT {
         UNWIND claims AS c
         MATCH (c)-[r:ASSERTED|ABOUT]-(n:Entity)
         WHERE (type(r) = 'ASSERTED' AND endNode(r) = c) OR (type(r) = 'ABOUT' AND startNode(r) = c)
         WITH DISTINCT n
         RETURN {{> compact-node node=n}}
       } AS nodes,
       COLLECT {
         UNWIND claims AS a
         MATCH (a)-[l:CONTRADICTS|CORROBORATES]->(b:Claim)
         WHERE b IN claims
         RETURN {{> compact-edge rel=l source=a target=b}}
       } AS links
