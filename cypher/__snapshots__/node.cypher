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
