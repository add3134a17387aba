OPTIONAL MATCH (n) WHERE n:Entity OR n:Document OR n:Section OR n:Paragraph
WITH n LIMIT 1
RETURN count(n) AS owned
