// health(): does the database answer a read, and does it hold a graph this store can read? One
// entity tells: a load writes every node alike, and a graph loaded by a seed older than the store
// lacks `searchText` (search and election filters would then find nothing, without an error).
OPTIONAL MATCH (n:Entity)
WITH n LIMIT 1
RETURN n IS NOT NULL AS hasGraph, n.searchText IS NOT NULL AS current
