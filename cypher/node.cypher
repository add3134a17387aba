// node(id, withRelations): one entity by its id — or, when none has it, the entity it was merged
// into (its `mergedIds` hold it: seed/resolutions.yaml `same`) — and, when $withRelations, its curated relations in
// both directions. "Curated" = between two :Entity nodes: MENTIONS and EVIDENCED_BY join an entity
// to a :Paragraph, so requiring an :Entity at the other end leaves exactly the annotated relations.
// No row when no entity has the id. The store sorts the relations (server/src/store/order.ts).
// The merged-id branch runs only when no entity has the id; it reads every entity's mergedIds (no
// index holds list elements), which an unknown id pays for, not the ids the viewer asks for.
OPTIONAL MATCH (exact:Entity {id: $id})
CALL (exact) {
  WITH exact WHERE exact IS NOT NULL
  RETURN exact AS n
  UNION
  WITH exact WHERE exact IS NULL
  MATCH (n:Entity)
  WHERE $id IN n.mergedIds
  RETURN n ORDER BY n.id LIMIT 1
}
RETURN properties(n) AS node,
       COLLECT {
         MATCH (n)-[r]-(m:Entity)
         WHERE $withRelations
         RETURN {
           edge: {type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)},
           direction: CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END,
           node: properties(m)
         }
       } AS relations
