// What the database was loaded from: the fingerprint of the canonical graph and the load format,
// so start-up can tell a current graph from a stale one, and the digests of its documents and of
// its buckets of entities and relations, so the next load can write only what differs.
MERGE (s:SeedInfo {id: 'seed'})
SET s.fingerprint = $fingerprint, s.format = $format, s.buckets = $buckets, s.documentIds = $documentIds,
    s.documentDigests = $documentDigests, s.nodeBuckets = $nodeBuckets, s.edgeBuckets = $edgeBuckets
