UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MERGE (p:Paragraph {id: row.id})
SET p = row.props
MERGE (d)-[:HAS_PARAGRAPH]->(p)
// Last clause: a paragraph whose section does not exist just gets no IN_SECTION.
WITH p, row
MATCH (s:Section {id: row.sectionId})
MERGE (p)-[:IN_SECTION]->(s)
