OPTIONAL MATCH (s:SeedInfo {id: 'seed'})
RETURN s.fingerprint AS fingerprint, s.format AS format, s.buckets AS buckets, s.documentIds AS documentIds,
       s.documentDigests AS documentDigests, s.nodeBuckets AS nodeBuckets, s.edgeBuckets AS edgeBuckets
