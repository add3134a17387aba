UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
