MATCH (n:Entity) WHERE NOT n.id IN $entityIds
DETACH DELETE n
