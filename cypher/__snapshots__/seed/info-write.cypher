MERGE (s:SeedInfo {id: 'seed'})
SET s.fingerprint = $fingerprint, s.format = $format, s.buckets = $buckets, s.documentIds = $documentIds,
    s.documentDigests = $documentDigests, s.nodeBuckets = $nodeBuckets, s.edgeBuckets = $edgeBuckets
