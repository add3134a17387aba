// --reset: remove the whole graph the seed owns (runs inside the load's transaction).
MATCH (n)
WHERE n:Entity OR n:Document OR n:Section OR n:Paragraph
DETACH DELETE n
