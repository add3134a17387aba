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
