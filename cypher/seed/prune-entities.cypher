// Incremental load, when the database holds more entities than the data: remove those it no
// longer has, with their relations (run only then: it reads every entity's id).
MATCH (n:Entity) WHERE NOT n.id IN $entityIds
DETACH DELETE n
