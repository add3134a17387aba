// Incremental load: the curated relations from the entities of changed buckets that the data no
// longer has (every relation is in its source's bucket, so none elsewhere can be stale).
UNWIND $sources AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE NOT type(r) + ' ' + a.id + ' ' + coalesce(r.id, '') + ' ' + b.id IN $edgeKeys
DELETE r
