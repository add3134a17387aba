// After an incremental load: how many relationships of the types the seed writes the database holds,
// for the load's summary. Counted by type, not by scanning every node's relationships as counts.cypher
// does: an incremental load should not read the whole graph to say how big it is.
MATCH ()-[r:HAS_SECTION|HAS_PARAGRAPH|IN_SECTION|EVIDENCED_BY|MENTIONS|{{RELATION_TYPES}}]->()
RETURN count(r) AS relationships
