// trace(id): the responses to an incident (or to a publication or claim that was answered): each
// RESPONDED_WITH relation with its `order` and evidence, the response, who PERFORMED it, and where
// it led — its REPORTED_TO, CONSULTED and ABOUT relations (the memory store's STEP_LINK_TYPES).
// No row when no entity has the id; no steps when nothing answered it. The store sorts and
// works out where the chain ends. Actors and linked nodes — often hubs cited by every document —
// come as positional lists (fragments/compact-node.cypher: $evidence, $brief); the incident and
// responses whole.
MATCH (i:Entity {id: $id})
RETURN properties(i) AS incident,
       COLLECT {
         MATCH (i)-[s:RESPONDED_WITH]->(r:Entity)
         RETURN {
           order: s.order,
           relation: type(s),
           evidence: properties(s),
           response: properties(r),
           actors: COLLECT { MATCH (a:Entity)-[:PERFORMED]->(r) RETURN {{> compact-node node=a}} },
           links: COLLECT {
             MATCH (r)-[l:REPORTED_TO|CONSULTED|ABOUT]->(x:Entity)
             RETURN {type: type(l), node: {{> compact-node node=x}}, evidence: properties(l)}
           }
         }
       } AS steps
