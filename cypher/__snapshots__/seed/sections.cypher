UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MERGE (s:Section {id: row.id})
SET s = row.props
MERGE (d)-[:HAS_SECTION]->(s)
