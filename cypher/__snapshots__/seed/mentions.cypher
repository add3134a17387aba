UNWIND $rows AS row
MATCH (p:Paragraph {id: row.paragraph}), (n:Entity {id: row.entity})
MERGE (p)-[m:MENTIONS]->(n)
SET m.text = row.text
