// node(id, withRelations): one entity by its id and, when $withRelations, its curated relations in
// both directions. "Curated" = between two :Entity nodes: MENTIONS and EVIDENCED_BY join an entity
// to a :Paragraph, so requiring an :Entity at the other end leaves exactly the annotated relations.
// No row when no entity has the id. The store sorts the relations (server/src/store/order.ts).
MATCH (n:Entity {id: $id})
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
