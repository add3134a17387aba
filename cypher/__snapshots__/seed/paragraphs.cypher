UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MERGE (p:Paragraph {id: row.id})
SET p = row.props
MERGE (d)-[:HAS_PARAGRAPH]->(p)
WITH p, row
MATCH (s:Section {id: row.sectionId})
MERGE (p)-[:IN_SECTION]->(s)
