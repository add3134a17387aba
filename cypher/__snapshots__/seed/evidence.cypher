UNWIND $rows AS row
MATCH (n:Entity {id: row.entity}), (p:Paragraph {id: row.paragraph})
MERGE (n)-[:EVIDENCED_BY {quote: row.quote}]->(p)
