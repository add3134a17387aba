// A node's evidence as relationships to its paragraphs, so Cypher can walk from a fact to its text.
UNWIND $rows AS row
MATCH (n:Entity {id: row.entity}), (p:Paragraph {id: row.paragraph})
MERGE (n)-[:EVIDENCED_BY {quote: row.quote}]->(p)
