OPTIONAL MATCH (n:Entity)
WITH n LIMIT 1
RETURN n IS NOT NULL AS hasGraph, n.searchText IS NOT NULL AS current
