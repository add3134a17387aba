// How many nodes the seed owns, read from the count store (no scan). Run first in the load's
// transaction: 0 means the load starts from nothing, so there is nothing for prune to remove.
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (n:Document) RETURN count(n) AS documents }
CALL () { MATCH (n:Section) RETURN count(n) AS sections }
CALL () { MATCH (n:Paragraph) RETURN count(n) AS paragraphs }
RETURN entities + documents + sections + paragraphs AS owned
