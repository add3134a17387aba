MATCH (n)
WHERE n:Entity OR n:Document OR n:Section OR n:Paragraph
DETACH DELETE n
