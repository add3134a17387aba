UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MERGE (p:Paragraph {id: row.id})
SET p = row.props
MERGE (d)-[:HAS_PARAGRAPH]->(p)
WITH p, row
OPTIONAL MATCH (s:Section {id: row.sectionId})
FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (p)-[:IN_SECTION]->(s))
