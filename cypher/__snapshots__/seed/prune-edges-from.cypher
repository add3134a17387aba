UNWIND $sources AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE NOT type(r) + ' ' + a.id + ' ' + coalesce(r.id, '') + ' ' + b.id IN $edgeKeys
DELETE r
