// Whether the database holds any node the seed owns (stops at the first one). Run first in the
// load's transaction: 0 means the load starts from nothing, so there is nothing for prune to remove.
OPTIONAL MATCH (n) WHERE n:Entity OR n:Document OR n:Section OR n:Paragraph
WITH n LIMIT 1
RETURN count(n) AS owned
