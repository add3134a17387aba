// What the database was loaded from (info-write.cypher): the fingerprint and load format, and the
// digests an incremental load compares its own with (seed/src/neo4j-load-incremental.ts).
OPTIONAL MATCH (s:SeedInfo {id: 'seed'})
RETURN s.fingerprint AS fingerprint, s.format AS format, s.buckets AS buckets, s.documentIds AS documentIds,
       s.documentDigests AS documentDigests, s.nodeBuckets AS nodeBuckets, s.edgeBuckets AS edgeBuckets
