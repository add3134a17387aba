// After creating indexes: wait until every one is online (a new index on a database that already
// holds a graph is populated in the background, and a full-text query before then would fail).
CALL db.awaitIndexes($seconds)
