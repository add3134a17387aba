// The seed's edges query before bench/RESULTS.md fix 1, kept to measure that fix in every run.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
